import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { freshIndexedDb, seedAndUpgrade } from '../test-support';
import { migrations, schemaAtVersion, type Migration } from './index';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps, in order', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('give every table an inbound primary key, which backups rely on', async () => {
    const db = await openDatabase(freshIndexedDb());
    for (const table of db.tables) {
      expect(table.schema.primKey.keyPath, table.name).toBeTruthy();
    }
    expect(db.verno).toBe(migrations.length);
    db.close();
  });

  it('accumulate table definitions, later steps overriding and removing earlier ones', () => {
    const steps: Migration[] = [
      { version: 1, description: 'a', stores: { a: 'id', b: 'id' } },
      { version: 2, description: 'b', stores: { a: 'id, name', c: '++id' } },
      { version: 3, description: 'c', stores: { b: null } },
    ];
    expect([...schemaAtVersion(steps, 1)]).toEqual([
      ['a', 'id'],
      ['b', 'id'],
    ]);
    expect(Object.fromEntries(schemaAtVersion(steps, 2))).toEqual({ a: 'id, name', b: 'id', c: '++id' });
    expect(Object.fromEntries(schemaAtVersion(steps, 3))).toEqual({ a: 'id, name', c: '++id' });
  });

  it('upgrade an old database in place: the pattern each NNN test follows (seedAndUpgrade)', async () => {
    // A step of the kind a later feature adds: a new table, plus rows of an existing one reshaped.
    const next: Migration = {
      version: migrations.length + 1,
      description: 'test: assessments table, company names trimmed',
      stores: { assessments: 'id, companyId' },
      upgrade: async (tx) => {
        await tx
          .table('companies')
          .toCollection()
          .modify((row: { name: string }) => {
            row.name = row.name.trim();
          });
      },
    };
    const company = { id: 'a', name: ' 甲厂 ', industryType: 'discrete', isDemo: false, createdAt: 'c', updatedAt: 'u' } as const;
    const db = await seedAndUpgrade(
      migrations.length,
      async (old) => {
        await old.companies.add(company);
        await old.settings.put({ id: 'settings', language: 'en' });
      },
      [...migrations, next],
    );
    expect(db.verno).toBe(next.version);
    expect(await db.companies.toArray()).toEqual([{ ...company, name: '甲厂' }]);
    expect(await db.settings.toArray()).toEqual([{ id: 'settings', language: 'en' }]);
    await db.table('assessments').add({ id: 'x', companyId: 'a' });
    expect(await db.table('assessments').where('companyId').equals('a').count()).toBe(1);
  });
});
