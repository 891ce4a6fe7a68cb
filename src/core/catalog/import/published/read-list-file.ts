import type { CatalogTaxonomy } from '../../taxonomy';
import { decodeText } from '../decode-text';
import { detectFormat, type ImportFile } from '../import-catalog';
import { defaultImportLimits, type ImportFormat, type SheetCell, type SheetRow } from '../import-types';
import { readCsvRows } from '../read-csv';
import { pickListSheet, readSheetRows, readXlsxWorkbook } from '../read-xlsx';
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

const fail = (format: ImportFormat, code: ListIssue['code'], params: Record<string, string | number> = {}): ListFileResult => ({ ok: false, format, errors: [{ row: 1, column: '', code, params }] });

/** A JSON list as records ([{"应用名称": …}, …], or such an array under any key): one sheet row per record. */
function jsonRows(text: string): SheetRow[] | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const records = Array.isArray(data) ? data : typeof data === 'object' && data !== null ? Object.values(data).find(Array.isArray) : undefined;
  if (!Array.isArray(records) || !records.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))) return undefined;
  const keys = [...new Set(records.flatMap((r: Record<string, unknown>) => Object.keys(r)))];
  const cell = (value: unknown): SheetCell => (value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean));
  return [{ rowNumber: 1, cells: keys }, ...records.map((r: Record<string, unknown>, i) => ({ rowNumber: i + 2, cells: keys.map((k) => cell(r[k])) }))];
}

/**
 * Reads a published list file (CSV in UTF-8 or GBK, XLSX, or JSON records) into a preview of exactly what
 * would be stored. An XLSX is checked for its row count and cell sizes before exceljs builds it in memory.
 */
export async function readListFile(file: ImportFile, taxonomy: CatalogTaxonomy, options: ListFileOptions): Promise<ListFileResult> {
  const format = detectFormat(file);
  const maxBytes = options.maxBytes ?? defaultImportLimits.maxBytes;
  const caps = options.caps ?? defaultXlsxCaps;
  if (file.bytes.length === 0) return fail(format, 'emptyFile');
  if (file.bytes.length > maxBytes) return fail(format, 'fileTooLarge', { maximumMb: Math.round(maxBytes / 1024 / 1024) });
  const readOptions = { publisher: options.publisher, mapping: options.mapping, maxRows: caps.maxRows, maxIssues: options.maxIssues ?? defaultImportLimits.maxErrors };
  if (format === 'xlsx') {
    const check = await precheckXlsx(file.bytes, caps);
    if (!check.ok) {
      if (check.reason === 'tooManyRows') return fail(format, 'tooManyRows', { maximum: caps.maxRows });
      if (check.reason === 'cellTooLarge') return fail(format, 'cellTooLarge', { maximumMb: Math.round(caps.maxCellBytes / 1024 / 1024) });
      if (check.reason === 'sheetTooLarge') return fail(format, 'sheetTooLarge', { maximumMb: Math.round(caps.maxXmlBytes / 1024 / 1024) });
      return fail(format, 'unreadable');
    }
    let rows: SheetRow[];
    try {
      const sheet = pickListSheet(await readXlsxWorkbook(file.bytes));
      rows = sheet ? readSheetRows(sheet) : [];
    } catch {
      // exceljs throws many kinds of errors for a damaged workbook; to the user it is one thing.
      return fail(format, 'unreadable');
    }
    return { ...readListRows(rows, taxonomy, readOptions), format };
  }
  const { text, encoding } = decodeText(file.bytes);
  if (format === 'json') {
    const rows = jsonRows(text);
    if (!rows) return { ...fail(format, 'unreadable'), encoding };
    return { ...readListRows(rows, taxonomy, readOptions), format, encoding };
  }
  const rows = readCsvRows(text);
  for (const row of rows) {
    const long = row.cells.find((c) => typeof c === 'string' && c.length > caps.maxCellBytes);
    if (long !== undefined) return { ...fail(format, 'cellTooLarge', { maximumMb: Math.round(caps.maxCellBytes / 1024 / 1024) }), encoding };
  }
  return { ...readListRows(rows, taxonomy, readOptions), format, encoding };
}
