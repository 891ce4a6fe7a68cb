import { describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from './reference-catalog';
import { bundledTaxonomy } from './taxonomy';
import { checkCatalogReferences, entryDependencyGraph, findCycles } from './catalog-checks';
import { scenarioCoverage } from './catalog-coverage';
import { catalogEntrySchema } from './catalog-schema';

const catalog = loadReferenceCatalog();

describe('bundled reference catalog', () => {
  it('has at least 80 entries that pass the schema', () => {
    expect(catalog.entries.length).toBeGreaterThanOrEqual(80);
    for (const entry of catalog.entries) expect(catalogEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('says plainly that it is a reference list to be replaced', () => {
    expect(catalog.provenance.kind).toBe('reference');
    expect(catalog.provenance.note?.['zh-CN']).toContain('参考清单');
    expect(catalog.provenance.note?.en).toMatch(/replace/i);
  });

  it('carries every name and summary in all three languages', () => {
    for (const entry of catalog.entries) {
      for (const text of [entry.name, entry.summary]) {
        expect(text.en, entry.id).toBeTruthy();
        expect(text['zh-TW'], entry.id).toBeTruthy();
      }
    }
  });

  it('covers all 16 SME scenarios and at least 30 of the 40 smart-manufacturing scenarios', () => {
    expect(bundledTaxonomy.smeScenarios.scenarios).toHaveLength(16);
    expect(bundledTaxonomy.imsScenarios.scenarios).toHaveLength(40);
    expect(scenarioCoverage(catalog.entries, bundledTaxonomy.smeScenarios).missing).toEqual([]);
    expect(scenarioCoverage(catalog.entries, bundledTaxonomy.imsScenarios).covered.length).toBeGreaterThanOrEqual(30);
  });

  it('has only known codes, unique ids and resolvable prerequisites', () => {
    expect(checkCatalogReferences(catalog.entries, bundledTaxonomy)).toEqual([]);
  });

  it('has no prerequisite cycles, even through capability providers', () => {
    expect(findCycles(entryDependencyGraph(catalog.entries, 'all'))).toEqual([]);
  });

  it('offers a provider in the list for every capability an entry needs but the assessment cannot grant', () => {
    const provided = new Set(catalog.entries.flatMap((e) => e.provides));
    const needed = catalog.entries.flatMap((e) => e.prerequisites.flatMap((p) => (p.kind === 'capability' ? [p.code] : [])));
    expect(needed.filter((code) => !provided.has(code))).toEqual([]);
  });

  it('includes vision-inspection entries that point to Gongzhi Inspect', () => {
    const inspect = catalog.entries.filter((e) => e.gongzhiFeature === 'inspect');
    expect(inspect.length).toBeGreaterThanOrEqual(2);
    for (const entry of inspect) expect(entry.scenarios).toContain('IMS-24');
  });

  it('keeps prices in plausible SME bands (万元)', () => {
    for (const entry of catalog.entries) {
      expect(entry.price.oneOffWan.max + entry.price.yearlyWan.max, entry.id).toBeGreaterThan(0);
      expect(entry.price.oneOffWan.max, entry.id).toBeLessThanOrEqual(150);
    }
  });
});

describe('reference checks', () => {
  const [first, second] = catalog.entries;
  if (!first || !second) throw new Error('catalog too small');

  it('reports duplicate ids, unknown codes and cycles with the entry and field', () => {
    const a = { ...first, id: 'a', prerequisites: [{ kind: 'entry' as const, id: 'b' }], scenarios: ['SME-99'] };
    const b = { ...second, id: 'b', prerequisites: [{ kind: 'entry' as const, id: 'a' }], clusters: ['mars'] };
    const dup = { ...second, id: 'a', prerequisites: [] };
    const codes = checkCatalogReferences([a, b, dup], bundledTaxonomy).map((i) => [i.code, i.entryIndex, i.field]);
    expect(codes).toContainEqual(['issue.duplicateId', 2, 'id']);
    expect(codes).toContainEqual(['issue.unknownScenario', 0, 'scenarios']);
    expect(codes).toContainEqual(['issue.unknownCluster', 1, 'clusters']);
    expect(codes.filter((c) => c[0] === 'issue.prerequisiteCycle')).toHaveLength(1);
  });
});
