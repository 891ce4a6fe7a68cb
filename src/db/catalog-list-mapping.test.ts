import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readListFile } from '../core/catalog/import/published/read-list-file';
import { bundledTaxonomy } from '../core/catalog/taxonomy';
import { CatalogRepository } from './catalog-repository';
import { openDatabase } from './database';
import { freshIndexedDb } from './test-support';

const provenance = {
  kind: 'official' as const,
  listName: { 'zh-CN': '清单' },
  publisher: { 'zh-CN': '某区经信委' },
  publishedOn: '2026-12-01',
  version: '2026-12-01',
};

describe('published lists in the catalog repository', () => {
  it('stores a published list as a version with its mapping, finds the mapping by publisher, and diffs a re-import by stable ids', async () => {
    const db = await openDatabase(freshIndexedDb());
    const repository = new CatalogRepository(db);
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'test', 'fixtures', 'catalog-lists', '06-minimal.csv')));
    const list = await readListFile({ name: 'list.csv', bytes }, bundledTaxonomy, { publisher: '某区经信委' });
    if (!list.ok) throw new Error('must import');
    const mapping = {
      publisher: '某区经信委',
      headerRows: list.headerRows,
      columns: [
        { header: '名称', field: 'name' as const },
        { header: '场景', field: 'scenario' as const },
        { header: '价格', field: 'price' as const, basis: 'yearly' as const },
      ],
    };
    await repository.importVersion({ provenance, entries: list.entries, fileName: 'list.csv', format: 'csv', mapping });

    expect(await repository.savedMapping(' 某区经信委 ')).toEqual(mapping);
    expect(await repository.savedMapping('另一园区')).toBeUndefined();
    expect(await repository.mappingPublishers()).toEqual(['某区经信委']);
    // What the preview showed is what is stored: the entries, unchanged, with their optional published-list fields.
    expect((await repository.activeCatalog())?.catalog.entries).toEqual(list.entries);

    // Read again with the saved mapping: the price column is now yearly, the ids stay.
    const again = await readListFile({ name: 'list.csv', bytes }, bundledTaxonomy, {
      publisher: '某区经信委',
      mapping: await repository.savedMapping('某区经信委'),
    });
    if (!again.ok) throw new Error('must import');
    expect(again.entries.map((e) => e.id)).toEqual(list.entries.map((e) => e.id));
    expect(again.entries[0]?.price.yearlyWan).toEqual({ min: 1.5, max: 1.5 });
    expect(again.columns.map((c) => c.source)).toEqual(['saved', 'saved', 'saved']);
    db.close();
  });
});
