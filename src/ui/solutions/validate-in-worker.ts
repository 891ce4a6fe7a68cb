import { importCatalogFile, type ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportResult } from '../../core/catalog/import/import-types';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';

type WorkerReply = { ok: true; result: ImportResult } | { ok: false; message: string };

/**
 * Validates a list file in a Web Worker so the screen stays responsive; where workers are unavailable
 * (or the worker fails to start), on the main thread instead.
 */
export function validateInWorker(file: ImportFile): Promise<ImportResult> {
  if (typeof Worker === 'undefined') return importCatalogFile(file, bundledTaxonomy);
  return new Promise<ImportResult>((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      importCatalogFile(file, bundledTaxonomy).then(resolve, reject);
    };
    const copy = new Uint8Array(file.bytes);
    worker.postMessage({ name: file.name, bytes: copy }, [copy.buffer]);
  });
}
