import { importCatalogFile, type ImportFile } from '../../core/catalog/import/import-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportFile>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// Reading a large workbook takes a second or more; here it never blocks the screen.
scope.onmessage = (event) => {
  importCatalogFile(event.data, bundledTaxonomy).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
