import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportResult } from '../../core/catalog/import/import-types';
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
