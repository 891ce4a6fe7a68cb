import type { CatalogTaxonomy } from '../../taxonomy';
import { decodeText } from '../decode-text';
import { detectFormat, type ImportFile } from '../import-catalog';
import { defaultImportLimits, type ImportFormat, type SheetCell, type SheetRow } from '../import-types';
import { readCsvRows } from '../read-csv';
import type { Workbook } from 'exceljs';
import { readSheetRows, readXlsxWorkbook } from '../read-xlsx';
import { findHeader } from './find-header';
import { defaultXlsxCaps, precheckXlsx, type XlsxCaps } from '../xlsx-precheck';
import type { ListIssue } from './list-issues';
import { readListRows, type ListReadResult } from './read-list';
import type { SavedMapping } from './saved-mapping';

export interface ListFileOptions {
  publisher: string;
  mapping?: SavedMapping | undefined;
  maxBytes?: number;
  caps?: XlsxCaps;
  maxIssues?: number;
}

export type ListFileResult = ListReadResult & { format: ImportFormat; encoding?: string };

const fail = (format: ImportFormat, code: ListIssue['code'], params: Record<string, string | number> = {}): ListFileResult => ({
  ok: false,
  format,
  errors: [{ row: 1, column: '', code, params }],
});

/** A JSON list as records ([{"应用名称": …}, …], or such an array under any key): one sheet row per record. */
function jsonRows(text: string): SheetRow[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const records = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? Object.values(data).find(Array.isArray)
      : undefined;
  if (!Array.isArray(records) || !records.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) return undefined;
  const keys = [...new Set(records.flatMap((r: Record<string, unknown>) => Object.keys(r)))];
  const cell = (value: unknown): SheetCell =>
    value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  return [
    { rowNumber: 1, cells: keys },
    ...records.map((r: Record<string, unknown>, i) => ({ rowNumber: i + 2, cells: keys.map((k) => cell(r[k])) })),
  ];
}

/** The sheet that holds the list: the one whose header is recognised best (a 填报说明 or cover sheet often comes first). */
function listSheetRows(workbook: Workbook): SheetRow[] {
  let best: { rows: SheetRow[]; score: number } | undefined;
  for (const sheet of workbook.worksheets) {
    if (sheet.actualRowCount === 0) continue;
    const rows = readSheetRows(sheet);
    const score = findHeader(rows)?.score ?? 0;
    if (!best || score > best.score) best = { rows, score };
  }
  return best?.rows ?? [];
}

/** Published lists have a dozen or two columns; a row far wider is not a list (and would be slow to map). */
const MAX_COLUMNS = 500;
/** Cells may hold line breaks, so a list's rows may span several lines each. */
const MAX_CSV_LINES_PER_ROW = 4;

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export type FileRows = { ok: true; format: ImportFormat; encoding?: string; rows: SheetRow[] } | (ListFileResult & { ok: false });

/**
 * The rows of a list file (CSV in UTF-8 or GBK, XLSX, or JSON records), read once. An XLSX is checked for
 * its row count and cell sizes before exceljs builds it in memory.
 */
export async function readFileRows(file: ImportFile, options: Pick<ListFileOptions, 'maxBytes' | 'caps'> = {}): Promise<FileRows> {
  const format = detectFormat(file);
  const maxBytes = options.maxBytes ?? defaultImportLimits.maxBytes;
  const caps = options.caps ?? defaultXlsxCaps;
  const refuse = (code: ListIssue['code'], params: Record<string, string | number> = {}, encoding?: string) =>
    ({ ...fail(format, code, params), ...(encoding ? { encoding } : {}) }) as FileRows;
  if (file.bytes.length === 0) return refuse('emptyFile');
  if (file.bytes.length > maxBytes) return refuse('fileTooLarge', { maximumMb: Math.round(maxBytes / 1024 / 1024) });
  if (format === 'xlsx') {
    const check = await precheckXlsx(file.bytes, caps);
    if (!check.ok) {
      if (check.reason === 'tooManyRows') return refuse('tooManyRows', { maximum: caps.maxRows });
      if (check.reason === 'cellTooLarge') return refuse('cellTooLarge', { maximumMb: Math.round(caps.maxCellBytes / 1024 / 1024) });
      if (check.reason === 'sheetTooLarge') return refuse('sheetTooLarge', { maximumMb: Math.round(caps.maxXmlBytes / 1024 / 1024) });
      return refuse('unreadable');
    }
    try {
      return { ok: true, format, rows: listSheetRows(await readXlsxWorkbook(file.bytes)) };
    } catch {
      // exceljs throws many kinds of errors for a damaged workbook; to the user it is one thing.
      return refuse('unreadable');
    }
  }
  const { text, encoding } = decodeText(file.bytes);
  if (format === 'json') {
    const rows = jsonRows(text);
    return rows ? { ok: true, format, encoding, rows } : refuse('unreadable', {}, encoding);
  }
  // A text of millions of line breaks or separators parses into millions of rows or cells; count before parsing.
  if (lineBreaks(text) > MAX_CSV_LINES_PER_ROW * caps.maxRows + 1000) return refuse('tooManyRows', { maximum: caps.maxRows }, encoding);
  const rows = readCsvRows(text);
  // title, blank and category rows come on top of the list's own rows, but not thousands of them
  if (rows.length > caps.maxRows + 1000) return refuse('tooManyRows', { maximum: caps.maxRows }, encoding);
  const widest = rows.reduce((most, row) => Math.max(most, row.cells.length), 0);
  if (widest > MAX_COLUMNS) return refuse('tooManyColumns', { maximum: MAX_COLUMNS, found: widest }, encoding);
  if (rows.some((row) => row.cells.some((c) => typeof c === 'string' && c.length > caps.maxCellBytes))) {
    return refuse('cellTooLarge', { maximumMb: Math.round(caps.maxCellBytes / 1024 / 1024) }, encoding);
  }
  return { ok: true, format, encoding, rows };
}

export function listReadOptions(options: ListFileOptions) {
  return {
    publisher: options.publisher,
    mapping: options.mapping,
    maxRows: (options.caps ?? defaultXlsxCaps).maxRows,
    maxIssues: options.maxIssues ?? defaultImportLimits.maxErrors,
  };
}

/** Reads a published list file into a preview of exactly what would be stored. */
export async function readListFile(file: ImportFile, taxonomy: CatalogTaxonomy, options: ListFileOptions): Promise<ListFileResult> {
  const read = await readFileRows(file, options);
  if (!read.ok) return read;
  return {
    ...readListRows(read.rows, taxonomy, listReadOptions(options)),
    format: read.format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
  };
}
