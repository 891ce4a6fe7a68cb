import type { CatalogEntry } from '../../catalog-schema';
import type { CatalogTaxonomy } from '../../taxonomy';
import type { SheetRow } from '../import-types';
import { findHeader, joinableFields } from './find-header';
import type { ListIssue } from './list-issues';
import type { ColumnGuess, ColumnReading } from './list-fields';
import { readListRow, type ListItem, type MappedColumn, type RowContext } from './list-row';
import { matchScenarioName } from './match-scenario';
import { categoryText, isNoteText } from './read-cells';
import { savedReading, type SavedMapping } from './saved-mapping';
import { cellShown, columnLetter } from './sheet-text';

export interface ListColumn {
  index: number;
  letter: string;
  header: string;
  reading: ColumnReading;
  /** How sure the header match is (0–1); 1 for a column the user or a saved mapping set. */
  score: number;
  source: 'guessed' | 'saved';
  /** The first few values below the header, as the user sees them. */
  samples: string[];
}

export interface ListPreview {
  ok: true;
  headerRows: number[];
  columns: ListColumn[];
  items: ListItem[];
  /** Exactly what would be stored: `items`' entries, in row order. */
  entries: CatalogEntry[];
  /** Rows that cannot import, each with its reason. */
  errors: ListIssue[];
  /** Rows that import, with something the user should know (a price read as 待定, a scenario to confirm). */
  warnings: ListIssue[];
}

export type ListReadResult = ListPreview | { ok: false; errors: ListIssue[]; columns?: ListColumn[]; headerRows?: number[] };

export interface ListReadOptions {
  /** The name the user gives the list's publisher: part of every generated id. */
  publisher: string;
  mapping?: SavedMapping | undefined;
  maxRows: number;
  maxIssues: number;
}

const blocking = (row: number, code: ListIssue['code'], params: Record<string, string | number> = {}): ListReadResult => ({
  ok: false,
  errors: [{ row, column: '', code, params }],
});

function isBlankRow(row: SheetRow): boolean {
  return row.cells.every((cell) => cellShown(cell) === '' && (cell === null || typeof cell !== 'object'));
}

function headerFromMapping(rows: readonly SheetRow[], mapping: SavedMapping): { rowNumbers: number[]; headers: string[] } | undefined {
  const wanted = mapping.headerRows;
  if (!wanted) return undefined;
  const picked = wanted.map((n) => rows.find((r) => r.rowNumber === n));
  if (picked.some((r) => r === undefined)) return undefined;
  const width = picked.reduce((most, r) => Math.max(most, r?.cells.length ?? 0), 0);
  const headers = Array.from({ length: width }, (_, i) =>
    picked
      .map((r) => cellShown(r?.cells[i]))
      .filter((t, k, all) => t !== '' && all.indexOf(t) === k)
      .join(' › '),
  );
  return { rowNumbers: wanted, headers };
}

function buildColumns(
  rows: readonly SheetRow[],
  mapping: SavedMapping | undefined,
): { headerRows: number[]; columns: ListColumn[] } | undefined {
  const fromMapping = mapping ? headerFromMapping(rows, mapping) : undefined;
  const found = fromMapping ? undefined : findHeader(rows);
  const headerRows = fromMapping?.rowNumbers ?? found?.rowNumbers;
  if (!headerRows) return undefined;
  const last = headerRows.reduce((most, n) => Math.max(most, n), 0);
  const dataRows = rows.filter((r) => r.rowNumber > last);
  // no spread of a row-sized array into Math.max: a very wide row would overflow the call stack
  const widths = [
    fromMapping?.headers.length ?? 0,
    ...(found?.columns.map((c) => c.index + 1) ?? []),
    ...dataRows.slice(0, 50).map((r) => r.cells.length),
  ];
  const width = widths.reduce((most, w) => Math.max(most, w), 0);
  // Category rows (one text alone on its row) are not samples of any column; the first rows are enough to show.
  const sampleRows = dataRows.slice(0, 200).filter((r) => new Set(r.cells.map(cellShown).filter((t) => t !== '')).size > 1);
  const columns = Array.from({ length: width }, (_, index): ListColumn => {
    const letter = columnLetter(index);
    const header = fromMapping?.headers[index] ?? found?.columns[index]?.header ?? '';
    const guess: ColumnGuess = found?.columns[index]?.guess ?? { field: 'ignore', score: 0 };
    const saved = mapping ? savedReading(mapping, header, letter) : undefined;
    const samples = sampleRows
      .map((r) => cellShown(r.cells[index]))
      .filter((t) => t !== '')
      .slice(0, 3);
    const { score, ...reading } = guess;
    return saved
      ? { index, letter, header, reading: saved, score: 1, source: 'saved', samples }
      : { index, letter, header, reading, score, source: 'guessed', samples };
  });
  return { headerRows, columns };
}

/** The category a row stands for ("一、汽车及零部件" alone on its row), or undefined for an ordinary row. */
function categoryOf(row: SheetRow, columns: readonly ListColumn[]): string | undefined {
  const shown = row.cells.map(cellShown);
  const values = shown.filter((t) => t !== '');
  const distinct = new Set(values);
  const [only] = distinct;
  if (distinct.size !== 1 || only === undefined) return undefined;
  const numbered = categoryText(only);
  if (numbered) return numbered;
  const at = shown.indexOf(only);
  const inSeqColumn = columns[at]?.reading.field === 'seq';
  return values.length >= 2 || inSeqColumn ? only : undefined;
}

/**
 * Reads a published list's rows into entries, the way its columns are mapped (guessed, or saved for its
 * publisher). Rows that cannot import are listed with their reason; the others come back exactly as
 * they would be stored.
 */
export function readListRows(allRows: readonly SheetRow[], taxonomy: CatalogTaxonomy, options: ListReadOptions): ListReadResult {
  const rows = allRows.filter((row) => !isBlankRow(row));
  const first = rows[0];
  if (!first) return blocking(1, 'emptySheet');
  const built = buildColumns(rows, options.mapping);
  if (!built) return blocking(first.rowNumber, 'noHeader');
  const { headerRows, columns } = built;
  const last = Math.max(...headerRows);
  if (!columns.some((c) => c.reading.field === 'name'))
    return { ok: false, errors: [{ row: last, column: '', code: 'mappingNoName', params: {} }], columns, headerRows };
  const dataRows = rows.filter((r) => r.rowNumber > last);
  if (dataRows.length === 0) return { ok: false, errors: [{ row: last, column: '', code: 'noRows', params: {} }], columns, headerRows };
  if (dataRows.length > options.maxRows)
    return blocking(dataRows[options.maxRows]?.rowNumber ?? last, 'tooManyRows', { maximum: options.maxRows });

  const mapped: MappedColumn[] = columns
    .filter((c) => c.reading.field !== 'ignore' && c.reading.field !== 'seq')
    .filter(
      (c, i, all) =>
        joinableFields.has(c.reading.field) ||
        c.reading.field === 'price' ||
        c.reading.field === 'weeks' ||
        all.findIndex((o) => o.reading.field === c.reading.field) === i,
    )
    .map((c) => ({ index: c.index, label: c.header || c.letter, reading: c.reading }));
  const context: RowContext = { publisher: options.publisher, category: undefined, taxonomy };
  const items: ListItem[] = [];
  const errors: ListIssue[] = [];
  const warnings: ListIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const row of dataRows) {
    const category = categoryOf(row, columns);
    if (category !== undefined) {
      if (isNoteText(category)) continue;
      const scenario = matchScenarioName(category, taxonomy);
      context.category = { text: category, ...(scenario && scenario.confidence >= 0.9 ? { scenario } : {}) };
      continue;
    }
    const firstText = row.cells.map(cellShown).find((t) => t !== '') ?? '';
    if (isNoteText(firstText) && row.cells.filter((c) => cellShown(c) !== '').length === 1) continue;
    const outcome = readListRow(row.rowNumber, row.cells, mapped, context);
    warnings.push(...outcome.warnings);
    if (!outcome.ok) {
      errors.push(...outcome.errors);
      continue;
    }
    const seen = firstRowOfId.get(outcome.item.entry.id);
    if (seen !== undefined) {
      errors.push({
        row: row.rowNumber,
        column: mapped.find((c) => c.reading.field === 'name')?.label ?? '',
        code: 'duplicate',
        params: { firstRow: seen, name: outcome.item.entry.name['zh-CN'].slice(0, 80) },
      });
      continue;
    }
    firstRowOfId.set(outcome.item.entry.id, row.rowNumber);
    items.push(outcome.item);
  }
  const capped = (list: ListIssue[]) => list.slice(0, options.maxIssues);
  if (items.length === 0)
    return { ok: false, errors: capped([{ row: last, column: '', code: 'noEntries', params: {} }, ...errors]), columns, headerRows };
  return { ok: true, headerRows, columns, items, entries: items.map((i) => i.entry), errors: capped(errors), warnings: capped(warnings) };
}
