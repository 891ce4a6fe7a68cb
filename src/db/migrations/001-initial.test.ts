import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { freshIndexedDb } from '../test-support';

describe('migration 001: initial schema', () => {
  it('opens a fresh database with the companies and settings tables and their indexes', async () => {
    const db = await openDatabase({ ...freshIndexedDb(), upToVersion: 1 });
    expect(db.verno).toBe(1);
    const tables = Object.fromEntries(
      db.tables.map((table) => [
        table.name,
        { key: table.schema.primKey.keyPath, indexes: table.schema.indexes.map((index) => index.name).sort() },
      ]),
    );
    expect(tables).toEqual({
      companies: { key: 'id', indexes: ['name', 'updatedAt'] },
      settings: { key: 'id', indexes: [] },
    });
    // The name index is what orders the company list; prove it answers queries, not just exists.
    await db.companies.bulkAdd([
      { id: 'b', name: '乙厂', industryType: 'process', isDemo: false, createdAt: 'x', updatedAt: '2' },
      { id: 'a', name: '甲厂', industryType: 'discrete', isDemo: true, createdAt: 'x', updatedAt: '1' },
    ]);
    expect(await db.companies.where('name').equals('甲厂').primaryKeys()).toEqual(['a']);
    expect(await db.companies.orderBy('updatedAt').primaryKeys()).toEqual(['a', 'b']);
    db.close();
  });
});
