import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { importCatalogFile, type ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportResult } from '../../core/catalog/import/import-types';
import { previewCatalogFile, type CatalogFilePreview } from '../../core/catalog/import/published/preview-file';
import type { SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import { catalogTemplateXlsx } from '../../core/catalog/import/template';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { writeWorkbook, type SheetSpec } from '../../core/catalog/write-workbook';
import { transfer } from '../../shared/worker-transport';

/**
 * What the catalog-file worker does: everything that needs exceljs (reading a list file of any format, writing
 * workbooks), so exceljs (~930 KB) is bundled once, in the worker, and a large workbook never blocks the screen.
 */
export const catalogFileHandlers = {
  validate(file: ImportFile): Promise<ImportResult> {
    return importCatalogFile(file, bundledTaxonomy);
  },
  /** A list read as the import will store it: the app's template as before, a published list with its columns mapped. */
  preview(file: ImportFile, publisher: string, mapping: SavedMapping | undefined): Promise<CatalogFilePreview> {
    return previewCatalogFile(file, bundledTaxonomy, { publisher, mapping });
  },
  async template(example: CatalogEntry): Promise<Uint8Array> {
    const bytes = await catalogTemplateXlsx(example, bundledTaxonomy);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
  async workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
    const bytes = await writeWorkbook(sheets);
    return transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },
};

export type CatalogFileHandlers = typeof catalogFileHandlers;
