import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportResult } from '../../core/catalog/import/import-types';
import type { CatalogFilePreview } from '../../core/catalog/import/published/preview-file';
import type { SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import type { SheetSpec } from '../../core/catalog/write-workbook';
import type { XlsxReply, XlsxRequest } from './catalog-file-protocol';

/**
 * Runs one request in a fresh XLSX worker. All exceljs work happens there, so exceljs (~930 KB) is
 * bundled once, in the worker, instead of once for the worker and once more for the screen.
 */
function run(request: XlsxRequest, transfer: Transferable[] = []): Promise<XlsxReply & { ok: true }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./catalog-file.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<XlsxReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      reject(new Error(event.message || 'xlsx worker failed'));
    };
    worker.postMessage(request, transfer);
  });
}

/** Validates a list file off the screen's thread, so the screen stays responsive. */
export async function validateInWorker(file: ImportFile): Promise<ImportResult> {
  const copy = new Uint8Array(file.bytes);
  const reply = await run({ kind: 'import', file: { name: file.name, bytes: copy } }, [copy.buffer]);
  if (!('result' in reply)) throw new Error('xlsx worker: no import result');
  return reply.result;
}

/**
 * Reads a list file as the import will store it: the app's template as before, a published list with its
 * columns mapped (by the saved mapping for its publisher when there is one). The file stays with the caller,
 * so a changed mapping reads it again.
 */
export async function previewInWorker(file: ImportFile, publisher: string, mapping: SavedMapping | undefined): Promise<CatalogFilePreview> {
  const copy = new Uint8Array(file.bytes);
  const reply = await run({ kind: 'preview', file: { name: file.name, bytes: copy }, publisher, mapping }, [copy.buffer]);
  if (!('preview' in reply)) throw new Error('xlsx worker: no preview');
  return reply.preview;
}

async function bytesOf(request: XlsxRequest): Promise<Uint8Array> {
  const reply = await run(request);
  if (!('bytes' in reply)) throw new Error('xlsx worker: no workbook');
  return reply.bytes;
}

/** The sheets written as one XLSX workbook. */
export function sheetsToXlsx(sheets: SheetSpec[]): Promise<Uint8Array> {
  return bytesOf({ kind: 'sheets', sheets });
}

/** The downloadable list template (XLSX) with one example row. */
export function templateXlsx(example: CatalogEntry): Promise<Uint8Array> {
  return bytesOf({ kind: 'template', example });
}
