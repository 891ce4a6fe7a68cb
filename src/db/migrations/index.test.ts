import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { freshIndexedDb } from '../test-support';
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
    expect([...schemaAtVersion(steps, 1)]).toEqual([['a', 'id'], ['b', 'id']]);
    expect(Object.fromEntries(schemaAtVersion(steps, 2))).toEqual({ a: 'id, name', b: 'id', c: '++id' });
    expect(Object.fromEntries(schemaAtVersion(steps, 3))).toEqual({ a: 'id, name', c: '++id' });
  });
});
