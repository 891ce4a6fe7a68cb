import { describe, expect, it } from 'vitest';
import { issueKey } from '../../src/core/catalog/import/published/list-issues';
import { previewCatalogFile } from '../../src/core/catalog/import/published/preview-file';
import { catalogToCsv, catalogToXlsx } from '../../src/core/catalog/import/template';
import { loadReferenceCatalog } from '../../src/core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../src/core/catalog/taxonomy';
import { jsonBytes, jsonFileMutator } from './support/json-mutator';
import { int, pick, type Random } from './support/random';
import { caseCount, failuresOf, FUZZ_TIMEOUT_MS, runTarget, type FuzzTarget } from './support/run-target';

const HOSTILE_CELLS = [
  '1,2,3',
  '-1',
  '1e309',
  'NaN',
  '',
  '=SUM(A1:A9)',
  '"',
  '"unclosed',
  '\u0000',
  'x'.repeat(40_000),
  '0x10',
  '１２３',
  '12万',
  '生产:3→1',
  '__proto__',
];

/** Replaces one CSV field with a hostile cell (text-level, so quoting and separators can break too). */
function csvCell(bytes: Uint8Array, rnd: Random): Uint8Array {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return bytes;
  const lines = new TextDecoder().decode(bytes).split('\n');
  const row = int(rnd, lines.length);
  const cells = (lines[row] ?? '').split(',');
  cells[int(rnd, cells.length)] = pick(rnd, HOSTILE_CELLS);
  lines[row] = cells.join(',');
  if (rnd() < 0.1) lines.push(...Array.from({ length: 25_000 }, () => lines[1] ?? ''));
  return new TextEncoder().encode(lines.join('\n'));
}

const names = new Map<Uint8Array, string>();
let seeds: Uint8Array[] = [];

const target: FuzzTarget = {
  name: 'catalog CSV/XLSX/JSON',
  seeds: async () => {
    const catalog = loadReferenceCatalog();
    const entries = catalog.entries.slice(0, 8);
    seeds = [
      new TextEncoder().encode(catalogToCsv(entries, bundledTaxonomy)),
      await catalogToXlsx(entries, bundledTaxonomy),
      jsonBytes({ provenance: catalog.provenance, entries }),
    ];
    seeds.forEach((seed, index) => names.set(seed, ['list.csv', 'list.xlsx', 'list.json'][index] ?? 'list'));
    return seeds;
  },
  mutators: { json: jsonFileMutator, csvCell },
  // the public entry point of `gongzhi catalog validate` and the import screen: the app's template, or
  // else a published list mapped column by column. The file name is one of those a user could have
  // picked, so a mutated file is also read as another format.
  run: async (bytes) => {
    const name = names.get(bytes) ?? ['list.csv', 'list.xlsx', 'list.json', 'list.txt'][bytes.length % 4] ?? 'list';
    const { result } = await previewCatalogFile({ name, bytes }, bundledTaxonomy, { publisher: '某园区' });
    return result.ok ? { accepted: true } : { accepted: false, keys: result.errors.map((e) => `catalog:${issueKey(e.code)}`) };
  },
};

describe('fuzz: catalog import (CSV, XLSX, JSON)', () => {
  it(
    'imports or refuses every mutated list with translated errors, within budget',
    async () => {
      const stats = await runTarget(target, caseCount(100));
      expect(stats.accepted).toBeGreaterThanOrEqual(3);
      expect(failuresOf(stats)).toEqual({ untranslated: 0, overBudget: 0, partialWrites: 0, problems: [] });
    },
    FUZZ_TIMEOUT_MS,
  );
});
