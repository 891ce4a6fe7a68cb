import { catalogEntrySchema, type CatalogEntry } from '../catalog-schema';
import { checkCatalogReferences } from '../catalog-checks';
import type { CatalogTaxonomy } from '../taxonomy';
import { companySizes } from '../vocabulary';
import { bilingualHeader, importColumns, matchHeader, valueAliases, type ColumnKey } from './column-spec';
import {
  cellText,
  isAllClusters,
  parseBoolean,
  parseCode,
  parseCodeList,
  parseLifts,
  parseNumber,
  resolveCapability,
  resolveCluster,
  resolveScenario,
  splitList,
  type Parsed,
} from './cell-parsers';
import type { ImportError, ImportLimits, SheetCell, SheetRow } from './import-types';
import { columnLetter } from './published/sheet-text';
import { columnKeyForPath, mapSchemaIssue } from './schema-issues';

/** How many leading non-blank rows may be titles or notes above the header row. */
const headerSearchRows = 20;

export type RowsResult = { ok: true; entries: CatalogEntry[] } | { ok: false; errors: ImportError[] };

function isBlank(cell: SheetCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Reads a sheet (CSV or XLSX) laid out like the template into entries, or says exactly what is wrong. */
export function sheetRowsToEntries(allRows: readonly SheetRow[], taxonomy: CatalogTaxonomy, limits: ImportLimits): RowsResult {
  const rows = allRows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  const firstRow = rows[0];
  if (!firstRow) return { ok: false, errors: [{ row: 1, column: 'A', code: 'import.emptyFile', params: {} }] };

  let header: { row: SheetRow; keys: (ColumnKey | undefined)[]; matched: number } | undefined;
  for (const row of rows.slice(0, headerSearchRows)) {
    const keys = row.cells.map((cell) => (typeof cell === 'string' ? matchHeader(cell) : undefined));
    const matched = new Set(keys.filter((k) => k !== undefined)).size;
    if (matched >= 3 && (!header || matched > header.matched)) header = { row, keys, matched };
  }
  if (!header) return { ok: false, errors: [{ row: firstRow.rowNumber, column: 'A', code: 'import.noHeaderRow', params: {} }] };

  const headerRow = header.row;
  const errors: ImportError[] = [];
  const indexByKey = new Map<ColumnKey, number>();
  const headerText = new Map<ColumnKey, string>();
  header.keys.forEach((key, index) => {
    if (key === undefined) return;
    const text = String(headerRow.cells[index] ?? '').trim();
    if (indexByKey.has(key)) {
      errors.push({
        row: headerRow.rowNumber,
        column: text || columnLetter(index),
        code: 'import.duplicateColumn',
        params: { column: text },
      });
      return;
    }
    indexByKey.set(key, index);
    headerText.set(key, text || columnLetter(index));
  });
  for (const column of importColumns) {
    if (column.required && !indexByKey.has(column.key)) {
      errors.push({
        row: headerRow.rowNumber,
        column: bilingualHeader(column),
        code: 'import.missingColumn',
        params: { column: bilingualHeader(column) },
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const dataRows = rows.filter((row) => row.rowNumber > headerRow.rowNumber);
  if (dataRows.length === 0)
    return { ok: false, errors: [{ row: headerRow.rowNumber, column: 'A', code: 'import.noEntries', params: {} }] };
  if (dataRows.length > limits.maxRows) {
    return {
      ok: false,
      errors: [
        {
          row: dataRows[limits.maxRows]?.rowNumber ?? headerRow.rowNumber,
          column: 'A',
          code: 'import.tooManyRows',
          params: { maximum: limits.maxRows },
        },
      ],
    };
  }

  const columnName = (key: ColumnKey): string =>
    headerText.get(key) ??
    bilingualHeader(importColumns.find((c) => c.key === key) ?? { key, required: false, header: { 'zh-CN': key, en: key }, aliases: [] });
  const entries: CatalogEntry[] = [];
  const rowNumbers: number[] = [];
  for (const row of dataRows) {
    if (errors.length >= limits.maxErrors) break;
    const cell = (key: ColumnKey): SheetCell => {
      const index = indexByKey.get(key);
      return index === undefined ? null : (row.cells[index] ?? null);
    };
    const rowErrors: ImportError[] = [];
    const take = <T>(key: ColumnKey, parsed: Parsed<T>): T | undefined => {
      if (parsed.ok) return parsed.value;
      rowErrors.push({ row: row.rowNumber, column: columnName(key), code: parsed.code, params: parsed.params });
      return undefined;
    };
    for (const column of importColumns) {
      if (column.required && indexByKey.has(column.key) && isBlank(cell(column.key))) {
        rowErrors.push({ row: row.rowNumber, column: columnName(column.key), code: 'value.required', params: {} });
      }
    }
    const input = buildEntryInput(cell, take, taxonomy);
    if (rowErrors.length === 0) {
      const parsed = catalogEntrySchema.safeParse(input);
      if (parsed.success) {
        entries.push(parsed.data);
        rowNumbers.push(row.rowNumber);
      } else {
        for (const issue of parsed.error.issues) {
          const mapped = mapSchemaIssue(issue);
          rowErrors.push({
            row: row.rowNumber,
            column: columnName(columnKeyForPath(mapped.path)),
            code: mapped.code,
            params: mapped.params,
          });
        }
      }
    }
    errors.push(...rowErrors);
  }
  const fieldColumn = {
    id: 'id',
    scenarios: 'scenarios',
    clusters: 'clusters',
    prerequisites: 'prerequisites',
    provides: 'provides',
  } as const;
  const referenceErrors = checkCatalogReferences(entries, taxonomy).map((issue): ImportError => ({
    row: rowNumbers[issue.entryIndex] ?? headerRow.rowNumber,
    column: columnName(fieldColumn[issue.field]),
    code: issue.code,
    params: issue.params,
  }));
  // Reference problems (duplicate ids, say) are reported with the cell problems, in row order.
  const all = [...errors, ...referenceErrors].sort((a, b) => a.row - b.row);
  if (all.length > 0) return { ok: false, errors: all.slice(0, limits.maxErrors) };
  return { ok: true, entries };
}

type CellOf = (key: ColumnKey) => SheetCell;
type Take = <T>(key: ColumnKey, parsed: Parsed<T>) => T | undefined;

function text(cell: CellOf, take: Take, key: ColumnKey): string | undefined {
  const value = take(key, cellText(cell(key)));
  return value === '' ? undefined : value;
}

/** Range columns: a blank end copies the other end, so "5" in the min column alone means exactly 5. */
function range(cell: CellOf, take: Take, minKey: ColumnKey, maxKey: ColumnKey): { min: number | undefined; max: number | undefined } {
  const min = take(minKey, parseNumber(cell(minKey)));
  const max = take(maxKey, parseNumber(cell(maxKey)));
  return { min: min ?? max, max: max ?? min };
}

function buildEntryInput(cell: CellOf, take: Take, taxonomy: CatalogTaxonomy): Record<string, unknown> {
  const localized = (prefix: string) => ({
    'zh-CN': text(cell, take, `${prefix}.zh-CN`),
    en: text(cell, take, `${prefix}.en`),
    'zh-TW': text(cell, take, `${prefix}.zh-TW`),
  });
  const clustersText = take('clusters', cellText(cell('clusters'))) ?? '';
  const sizes = take('sizes', parseCodeList(cell('sizes'), valueAliases.size)) ?? [];
  const prerequisiteTokens = splitList(take('prerequisites', cellText(cell('prerequisites'))) ?? '');
  const kpi = (key: string) => take(`kpi.${key}`, parseNumber(cell(`kpi.${key}`)));
  return {
    id: text(cell, take, 'id'),
    name: localized('name'),
    summary: localized('summary'),
    scenarios: splitList(take('scenarios', cellText(cell('scenarios'))) ?? '').map((token) => {
      const code = resolveScenario(token, taxonomy);
      return take(
        'scenarios',
        code === undefined
          ? { ok: false, code: 'issue.unknownScenario', params: { value: token.slice(0, 80) } }
          : { ok: true, value: code },
      );
    }),
    lifts: take('lifts', parseLifts(cell('lifts'))),
    clusters: isAllClusters(clustersText) ? [] : splitList(clustersText).map((t) => resolveCluster(t, taxonomy)),
    subSectors: splitList(take('subSectors', cellText(cell('subSectors'))) ?? '').map((t) => ({ 'zh-CN': t })),
    sizes: sizes.length === 0 ? [...companySizes] : sizes,
    deployment: take('deployment', parseCode(cell('deployment'), valueAliases.deployment)),
    price: { oneOffWan: range(cell, take, 'oneOffMin', 'oneOffMax'), yearlyWan: range(cell, take, 'yearlyMin', 'yearlyMax') },
    implementationWeeks: range(cell, take, 'weeksMin', 'weeksMax'),
    prerequisites: prerequisiteTokens.map((token) => {
      const capability = resolveCapability(token, taxonomy);
      if (capability) return { kind: 'capability', code: capability };
      if (/^(cap|capability|能力)[:：]/i.test(token)) return { kind: 'capability', code: token.replace(/^[^:：]+[:：]/, '') };
      return { kind: 'entry', id: token.replace(/^(entry|条目|條目)[:：]/i, '') };
    }),
    provides: splitList(take('provides', cellText(cell('provides'))) ?? '').map((t) => resolveCapability(t, taxonomy) ?? t),
    kpiEffects: { quality: kpi('quality'), oee: kpi('oee'), energy: kpi('energy'), inventory: kpi('inventory'), labour: kpi('labour') },
    eligibility: {
      aiVoucher: take('aiVoucher', parseBoolean(cell('aiVoucher'))),
      citySubsidy: take('citySubsidy', parseBoolean(cell('citySubsidy'))),
      lightweightList: take('lightweightList', parseBoolean(cell('lightweightList'))),
    },
    providerType: take('providerType', parseCode(cell('providerType'), valueAliases.providerType)),
    gongzhiFeature: take('gongzhiFeature', parseCode(cell('gongzhiFeature'), valueAliases.gongzhiFeature)),
  };
}
