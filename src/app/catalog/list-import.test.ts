import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installRoot } from '../root';
import { installTestRoot, memoryPlatform } from '../test-support';
import { importCatalogVersion, loadActiveCatalog, mappingPublishers, mappingWith, pickListFile, previewListFile } from '.';

afterEach(() => installRoot(undefined));

const district = new Uint8Array(readFileSync(join(process.cwd(), 'test', 'fixtures', 'catalog-lists', '01-district-gbk.csv')));
const provenance = {
  kind: 'official' as const,
  listName: { 'zh-CN': '区县清单' },
  publisher: { 'zh-CN': '某区经信委' },
  publishedOn: '2026-12-01',
  version: '1',
};

describe('importing a published list', () => {
  it('previews it in the catalog-file worker, stores the valid rows with the mapping, and reads the next list with that mapping', async () => {
    await installTestRoot();
    const { platform, offer } = memoryPlatform();
    offer({ name: '清单.csv', data: district });
    const file = await pickListFile(platform, 'Lists');
    if (!file) throw new Error('a file was offered');

    const first = await previewListFile(file, '某区经信委');
    if (first.kind !== 'list' || !first.result.ok) throw new Error('the district list reads as a published list');
    expect(first.result.entries).toHaveLength(5);
    const price = first.result.columns.find((c) => c.header === '参考价格（万元）');
    expect(price?.reading).toEqual({ field: 'price', priceUnit: 'wan' });

    // The user says the price column is a yearly fee; the file is read again with that mapping.
    const mapping = mappingWith('某区经信委', first.result.headerRows, first.result.columns, {
      index: price?.index ?? -1,
      reading: { field: 'price', basis: 'yearly', priceUnit: 'wan' },
    });
    const changed = await previewListFile(file, '某区经信委', mapping);
    if (changed.kind !== 'list' || !changed.result.ok) throw new Error('still a list');
    expect(changed.result.entries[0]?.price).toMatchObject({ oneOffWan: { min: 0, max: 0 }, yearlyWan: { min: 15, max: 25 } });

    await importCatalogVersion({ provenance, entries: changed.result.entries, fileName: file.name, format: 'csv', mapping });
    expect((await loadActiveCatalog()).catalog.entries).toEqual(changed.result.entries);
    expect(await mappingPublishers()).toEqual(['某区经信委']);

    // Next time, the same publisher's list is read with the confirmed mapping, without asking again.
    const next = await previewListFile(file, '某区经信委');
    if (next.kind !== 'list' || !next.result.ok) throw new Error('still a list');
    expect(next.result.columns.every((c) => c.source === 'saved')).toBe(true);
    expect(next.result.entries[0]?.price.yearlyWan).toEqual({ min: 15, max: 25 });
    // Another publisher starts from the guesses.
    const other = await previewListFile(file, '另一园区');
    expect(other.kind === 'list' && other.result.ok && other.result.entries[0]?.price.oneOffWan).toEqual({ min: 15, max: 25 });
  });
});
