import { describe, expect, it } from 'vitest';
import { catalogEntrySchema } from '../catalog-schema';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { entryToRow, rowValues } from './entry-to-row';
import { bilingualHeader, importColumns } from './column-spec';
import { importCatalogFile } from './import-catalog';
import type { ImportResult } from './import-types';
import { buildXlsx, encodeGbk, type FixtureCell } from './test-support';
import Papa from 'papaparse';

/** Seeded PRNG (mulberry32): the same 1,000+ files on every run, so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = loadReferenceCatalog().entries.slice(0, 6);
const header = importColumns.map(bilingualHeader);
const baseTable: FixtureCell[][] = [header, ...base.map((e) => rowValues(entryToRow(e, bundledTaxonomy)))];

type Table = FixtureCell[][];
const cellMutations: ((t: Table, rnd: () => number) => void)[] = [
  (t, rnd) => {
    set(t, rnd, 'not a number');
  },
  (t, rnd) => {
    set(t, rnd, '');
  },
  (t, rnd) => {
    set(t, rnd, 'x'.repeat(5000 + Math.floor(rnd() * 20000)));
  },
  (t, rnd) => {
    set(t, rnd, -Math.floor(rnd() * 100));
  },
  (t, rnd) => {
    set(t, rnd, { formula: 'SUM(A1:A3)' });
  },
  (t, rnd) => {
    set(t, rnd, { formula: 'A1*2', result: Math.floor(rnd() * 10) });
  },
  (t, rnd) => {
    set(t, rnd, rnd() < 0.5);
  },
  (t, rnd) => {
    const r = pickRow(t, rnd);
    const other = pickRow(t, rnd);
    if (t[r] && t[other]) t[r][0] = t[other][0] ?? null;
  },
  (t, rnd) => {
    const r = pickRow(t, rnd);
    t.splice(
      r,
      0,
      header.map(() => null),
    );
  },
  (t, rnd) => {
    t.unshift([`清单标题 ${Math.floor(rnd() * 100)}`]);
  },
  (t, rnd) => {
    const c = Math.floor(rnd() * header.length);
    for (const row of t) row.splice(c, 1);
  },
  (t, rnd) => {
    set(t, rnd, '生产:3→1');
  },
  (t, rnd) => {
    set(t, rnd, '=HYPERLINK("x")');
  },
  (t, rnd) => {
    set(t, rnd, '\u0000\uFFFD\uD800');
  },
];

function pickRow(t: Table, rnd: () => number): number {
  return 1 + Math.floor(rnd() * Math.max(1, t.length - 1));
}
function set(t: Table, rnd: () => number, value: FixtureCell): void {
  const row = t[pickRow(t, rnd)];
  if (row) row[Math.floor(rnd() * row.length)] = value;
}

function mutateTable(rnd: () => number): Table {
  const table = baseTable.map((r) => [...r]);
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i += 1) cellMutations[Math.floor(rnd() * cellMutations.length)]?.(table, rnd);
  return table;
}

const isBlankRow = (row: FixtureCell[]) => row.every((c) => c === null || c === '');
const csvOf = (t: Table) =>
  Papa.unparse(t.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? `=${c.formula}` : String(c)))));

function mutateBytes(bytes: Uint8Array, rnd: () => number): Uint8Array {
  const out = new Uint8Array(bytes);
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return out.subarray(0, Math.floor(rnd() * out.length));
  const flips = 1 + Math.floor(rnd() * 20);
  for (let i = 0; i < flips; i += 1) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256);
  return kind === 1 ? out : encodeGbk(new TextDecoder().decode(out));
}

function checkInvariants(result: ImportResult, expectedRows: number | undefined): void {
  if (result.ok) {
    // Never part of a file: when the table is known, every data row came through.
    if (expectedRows !== undefined) expect(result.entries).toHaveLength(expectedRows);
    for (const entry of result.entries) expect(catalogEntrySchema.safeParse(entry).success).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(Number.isInteger(error.row) && error.row >= 1, JSON.stringify(error)).toBe(true);
    expect(error.column.length, JSON.stringify(error)).toBeGreaterThan(0);
    expect(error.code).toMatch(/^(import|value|issue)\./);
  }
}

describe('import fuzzing', () => {
  it('survives 1,200 mutated CSV, JSON and XLSX files: no throw, no partial import, every error located', async () => {
    const rnd = random(20261125);
    const baseXlsx = await buildXlsx(baseTable);
    const baseJson = new TextEncoder().encode(JSON.stringify({ entries: base }));
    let files = 0;
    let rejected = 0;
    for (let i = 0; i < 1200; i += 1) {
      const kind = i % 6;
      let result: ImportResult;
      let expected: number | undefined;
      if (kind === 0 || kind === 1) {
        const table = mutateTable(rnd);
        expected = table.slice(1).filter((r) => !isBlankRow(r)).length;
        const text = csvOf(table);
        const bytes = kind === 0 ? new TextEncoder().encode(text) : encodeGbk(text);
        result = await importCatalogFile({ name: 'f.csv', bytes }, bundledTaxonomy);
        // A title row inserted above may push a blank header cell; the table's first row is not always the header.
        if (!table[0]?.some((c) => typeof c === 'string' && c.includes(' / '))) expected = undefined;
      } else if (kind === 2 && i % 12 === 2) {
        const table = mutateTable(rnd);
        expected = table.slice(1).filter((r) => !isBlankRow(r)).length;
        if (!table[0]?.some((c) => typeof c === 'string' && c.includes(' / '))) expected = undefined;
        result = await importCatalogFile({ name: 'f.xlsx', bytes: await buildXlsx(table) }, bundledTaxonomy);
      } else if (kind === 2) {
        result = await importCatalogFile({ name: 'f.xlsx', bytes: mutateBytes(baseXlsx, rnd) }, bundledTaxonomy);
      } else if (kind === 3) {
        result = await importCatalogFile({ name: 'f.json', bytes: mutateBytes(baseJson, rnd) }, bundledTaxonomy);
      } else if (kind === 4) {
        const entries: unknown[] = structuredClone(base);
        const target = entries[Math.floor(rnd() * entries.length)] as Record<string, unknown>;
        const keys = Object.keys(target);
        const key = keys[Math.floor(rnd() * keys.length)] ?? 'id';
        const replacements: unknown[] = [null, 42, 'text', [], {}, true, 'x'.repeat(30000), base[0]?.id];
        target[key] = replacements[Math.floor(rnd() * replacements.length)];
        expected = undefined;
        result = await importCatalogFile({ name: 'f.json', bytes: new TextEncoder().encode(JSON.stringify({ entries })) }, bundledTaxonomy);
      } else {
        const text = csvOf(mutateTable(rnd));
        result = await importCatalogFile({ name: 'f.csv', bytes: mutateBytes(new TextEncoder().encode(text), rnd) }, bundledTaxonomy);
      }
      checkInvariants(result, expected);
      files += 1;
      if (!result.ok) rejected += 1;
    }
    expect(files).toBe(1200);
    // The mutations must actually bite: most files are rejected, and some still import.
    expect(rejected).toBeGreaterThan(600);
    expect(rejected).toBeLessThan(1200);
  });
});
