import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportResult } from '../../core/catalog/import/import-types';
import type { SheetSpec } from '../../core/catalog/write-workbook';

/** What the XLSX worker does: everything that needs exceljs, so the screen's bundle never carries it. */
export type XlsxRequest = { kind: 'import'; file: ImportFile } | { kind: 'template'; example: CatalogEntry } | { kind: 'sheets'; sheets: SheetSpec[] };

export type XlsxReply = { ok: true; result: ImportResult } | { ok: true; bytes: Uint8Array } | { ok: false; message: string };
