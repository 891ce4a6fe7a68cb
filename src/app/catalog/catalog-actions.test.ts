import { afterEach, describe, expect, it } from 'vitest';
import { catalogToCsv } from '../../core/catalog/import/template';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { defaultRoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import { planRoadmap } from '../../core/catalog/recommend/plan-roadmap';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { installRoot } from '../root';
import { installTestRoot, memoryPlatform } from '../test-support';
import {
  activateCatalogVersion,
  importCatalogVersion,
  loadActiveCatalog,
  loadRoadmapPreferences,
  planExactRoadmap,
  previewCatalogImport,
  saveCatalogTemplate,
  saveRoadmapPreferences,
  validateCatalogFile,
  workbookBytes,
} from '.';

const reference = loadReferenceCatalog();
const utf8 = (text: string) => new TextEncoder().encode(text);

afterEach(() => installRoot(undefined));

describe('importing a catalog version', () => {
  it('previews a picked list against the one in use, stores it as the active version, and rolls back', async () => {
    await installTestRoot();
    const { platform, offer } = memoryPlatform();
    const smaller = reference.entries.filter((e) => e.prerequisites.length === 0).slice(0, 20);
    offer({ name: '2026 清单.csv', data: utf8(catalogToCsv(smaller, bundledTaxonomy)) });
    const before = await loadActiveCatalog();
    expect(before.version).toBeUndefined();
    expect(before.catalog.entries).toHaveLength(reference.entries.length);

    const preview = await previewCatalogImport(platform, 'Lists', before.catalog, new Date('2026-05-01T08:00:00Z'));
    if (preview.kind !== 'preview') throw new Error(`expected a preview, got ${preview.kind}`);
    expect(preview.entries).toEqual(smaller);
    expect(preview.diff.removed).toHaveLength(reference.entries.length - 20);
    expect(preview.provenance).toMatchObject({ listName: { 'zh-CN': '2026 清单' }, publishedOn: '2026-05-01' });

    const version = await importCatalogVersion({
      provenance: preview.provenance,
      entries: preview.entries,
      fileName: preview.fileName,
      format: preview.format,
    });
    const after = await loadActiveCatalog();
    expect(after.version?.id).toBe(version.id);
    expect(after.catalog.entries).toHaveLength(20);
    expect(after.versions.map((v) => v.fileName)).toEqual(['2026 清单.csv']);

    await activateCatalogVersion(null);
    const rolledBack = await loadActiveCatalog();
    expect(rolledBack.version).toBeUndefined();
    expect(rolledBack.catalog.entries).toHaveLength(reference.entries.length);
    expect(rolledBack.versions).toHaveLength(1);
  });

  it('shows the errors of a bad file and stores nothing; a cancelled picker is no error', async () => {
    await installTestRoot();
    const { platform, offer } = memoryPlatform();
    const current = (await loadActiveCatalog()).catalog;
    expect((await previewCatalogImport(platform, 'Lists', current)).kind).toBe('cancelled');
    offer({ name: 'list.csv', data: utf8('编号,名称\nA-1,\n') });
    const preview = await previewCatalogImport(platform, 'Lists', current);
    expect(preview.kind).toBe('errors');
    expect(preview.kind === 'errors' && preview.errors.length).toBeGreaterThan(0);
    expect((await loadActiveCatalog()).versions).toEqual([]);
  });

  it('writes the list templates and workbooks in the catalog-file worker', async () => {
    await installTestRoot();
    const { platform, saved } = memoryPlatform();
    await saveCatalogTemplate(platform, 'xlsx', '清单模板');
    await saveCatalogTemplate(platform, 'csv', '清单模板');
    expect(saved.map((s) => s.suggestedName)).toEqual(['清单模板.xlsx', '清单模板.csv']);
    const template = saved[0]?.data;
    if (!(template instanceof Uint8Array)) throw new Error('no workbook');
    // the template reads back as a valid one-entry list
    const checked = await validateCatalogFile({ name: 'template.xlsx', bytes: template });
    expect(checked.ok && checked.entries).toHaveLength(1);
    const bytes = await workbookBytes([{ name: 'Sheet', rows: [{ cells: ['a', 1] }], widths: [10] }]);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip container, as every .xlsx is
  });
});

describe('planning the roadmap', () => {
  it('proves the optimal plan in the roadmap worker, and keeps each company its own settings', async () => {
    await installTestRoot();
    const input = {
      domainLevels: defaultRoadmapPreferences.assumedLevels,
      domainTargets: Object.fromEntries(Object.keys(defaultRoadmapPreferences.assumedLevels).map((code) => [code, 3])),
      scenarioLevels: {},
      scenarioTarget: 0,
      overallLevel: 1,
      company: {},
      priorities: defaultRoadmapPreferences.priorities,
      capabilities: [],
      ownedEntryIds: [],
    };
    const exact = await planExactRoadmap(reference.entries, input, defaultRoadmapPreferences.funding);
    expect(exact).toMatchObject({ proven: true, method: 'exact' });
    const quick = planRoadmap(reference.entries, input, bundledTaxonomy, defaultRoadmapPreferences.funding, null);
    expect(exact.value).toBeGreaterThanOrEqual(quick.value);

    expect(await loadRoadmapPreferences('c1')).toBeUndefined();
    await saveRoadmapPreferences('c1', { ...defaultRoadmapPreferences, ambition: 2 });
    expect((await loadRoadmapPreferences('c1'))?.ambition).toBe(2);
    expect(await loadRoadmapPreferences('c2')).toBeUndefined();
  });
});
