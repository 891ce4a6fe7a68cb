import type { CatalogTaxonomy } from '../taxonomy';
import { decodeText } from './decode-text';
import { defaultImportLimits, type ImportErrorCode, type ImportFormat, type ImportLimits, type ImportResult } from './import-types';
import { readCsvRows } from './read-csv';
import { readJsonCatalog } from './read-json';
import { pickListSheet, readSheetRows, readXlsxWorkbook } from './read-xlsx';
import { sheetRowsToEntries } from './rows-to-entries';
import { defaultXlsxCaps, precheckXlsx, type XlsxCaps } from './xlsx-precheck';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Format from the file's first bytes (an XLSX is a zip), then from its name. */
export function detectFormat(file: ImportFile): ImportFormat {
  const b = file.bytes;
  if (b[0] === 0x50 && b[1] === 0x4b) return 'xlsx';
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  const head = decodeText(b.subarray(0, 64)).text.trimStart();
  return head.startsWith('{') || head.startsWith('[') ? 'json' : 'csv';
}

/**
 * Reads a published list. All or nothing: any error in any row means no entries come back, only the
 * errors, each naming the row and column. Never throws for bad content.
 */
export async function importCatalogFile(
  file: ImportFile,
  taxonomy: CatalogTaxonomy,
  limits: ImportLimits = defaultImportLimits,
): Promise<ImportResult> {
  const format = detectFormat(file);
  if (file.bytes.length === 0) return { ok: false, format, errors: [{ row: 1, column: 'A', code: 'import.emptyFile', params: {} }] };
  if (file.bytes.length > limits.maxBytes) {
    return {
      ok: false,
      format,
      errors: [{ row: 1, column: 'A', code: 'import.fileTooLarge', params: { maximumMb: Math.round(limits.maxBytes / 1024 / 1024) } }],
    };
  }
  if (format === 'xlsx') {
    const check = await precheckXlsx(file.bytes, defaultXlsxCapsFor(limits));
    if (!check.ok) {
      const caps = defaultXlsxCapsFor(limits);
      const refusal = {
        tooManyRows: { code: 'import.tooManyRows', params: { maximum: limits.maxRows } },
        cellTooLarge: { code: 'import.cellTooLarge', params: { maximumMb: Math.round(caps.maxCellBytes / 1024 / 1024) } },
        sheetTooLarge: { code: 'import.sheetTooLarge', params: { maximumMb: Math.round(caps.maxXmlBytes / 1024 / 1024) } },
        unreadable: { code: 'import.unreadable', params: {} },
      } as const satisfies Record<string, { code: ImportErrorCode; params: Record<string, number> }>;
      return { ok: false, format, errors: [{ row: 1, column: 'A', ...refusal[check.reason] }] };
    }
    let rows;
    try {
      const sheet = pickListSheet(await readXlsxWorkbook(file.bytes));
      rows = sheet ? readSheetRows(sheet) : [];
    } catch {
      // A damaged or truncated workbook: exceljs throws many kinds of errors; to the user it is one thing.
      return { ok: false, format, errors: [{ row: 1, column: 'A', code: 'import.unreadable', params: {} }] };
    }
    const result = sheetRowsToEntries(rows, taxonomy, limits);
    return result.ok ? { ok: true, format, entries: result.entries } : { ok: false, format, errors: result.errors };
  }
  const { text, encoding } = decodeText(file.bytes);
  if (format === 'json') {
    const result = readJsonCatalog(text, taxonomy, limits);
    if (!result.ok) return { ok: false, format, errors: result.errors };
    return result.provenance
      ? { ok: true, format, entries: result.entries, provenance: result.provenance, encoding }
      : { ok: true, format, entries: result.entries, encoding };
  }
  const result = sheetRowsToEntries(readCsvRows(text), taxonomy, limits);
  return result.ok ? { ok: true, format, entries: result.entries, encoding } : { ok: false, format, errors: result.errors };
}

function defaultXlsxCapsFor(limits: ImportLimits): XlsxCaps {
  // Title rows above the header are allowed, so a sheet may have a few more rows than entries.
  return { ...defaultXlsxCaps, maxRows: limits.maxRows + 30 };
}
