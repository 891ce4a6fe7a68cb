import { importCatalogFile } from '../../core/catalog/import/import-catalog';
import { catalogTemplateXlsx } from '../../core/catalog/import/template';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { writeWorkbook } from '../../core/catalog/write-workbook';
import type { XlsxReply, XlsxRequest } from './catalog-file-protocol';

/** The part of a dedicated worker's global scope this worker uses (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<XlsxRequest>) => void) | null;
  postMessage(message: XlsxReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

function handle(request: XlsxRequest): Promise<XlsxReply> {
  if (request.kind === 'import') return importCatalogFile(request.file, bundledTaxonomy).then((result) => ({ ok: true, result }));
  if (request.kind === 'sheets') return writeWorkbook(request.sheets).then((bytes) => ({ ok: true, bytes }));
  return catalogTemplateXlsx(request.example, bundledTaxonomy).then((bytes) => ({ ok: true, bytes }));
}

// Reading or writing a large workbook takes a second or more; here it never blocks the screen.
scope.onmessage = (event) => {
  handle(event.data).then(
    (reply) => scope.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer] : []),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
