import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ColumnReading } from '../../core/catalog/import/published/list-fields';
import type { CatalogFilePreview } from '../../core/catalog/import/published/preview-file';
import type { ListColumn } from '../../core/catalog/import/published/read-list';
import { toSavedColumn, type SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import type { Platform } from '../../platform/platform';
import { transfer } from '../../shared/worker-transport';
import { appRoot } from '../root';
import { importExtensions } from './catalog-import';

/** Lets the user pick one list file; undefined when the user cancels. The bytes stay with the caller, so a changed mapping can read it again. */
export async function pickListFile(platform: Platform, filterName: string): Promise<ImportFile | undefined> {
  const [file] = await platform.openFiles({ multiple: false, filters: [{ name: filterName, extensions: importExtensions }] });
  if (!file) return undefined;
  return { name: file.name, bytes: await file.bytes() };
}

/**
 * Reads a list file in the catalog-file worker as the import will store it. Without a mapping, the one saved
 * for this publisher with its last imported list is used, if any.
 */
export async function previewListFile(file: ImportFile, publisher: string, mapping?: SavedMapping): Promise<CatalogFilePreview> {
  const { workers, repositories } = await appRoot();
  const useMapping = mapping ?? (await repositories.catalog.savedMapping(publisher));
  const copy = new Uint8Array(file.bytes);
  return workers.catalogFiles.call('preview', [transfer({ name: file.name, bytes: copy }, [copy.buffer]), publisher, useMapping]);
}

/** Publishers whose column mapping is saved, newest first, for the user to pick from. */
export async function mappingPublishers(): Promise<string[]> {
  const { repositories } = await appRoot();
  return repositories.catalog.mappingPublishers();
}

/** The mapping the preview shows, with one column changed, as it is saved and sent back to the reader. */
export function mappingWith(
  publisher: string,
  headerRows: number[],
  columns: readonly ListColumn[],
  change?: { index: number; reading: ColumnReading },
): SavedMapping {
  return {
    publisher,
    headerRows,
    columns: columns.map((c) => toSavedColumn(c.header, c.letter, change && change.index === c.index ? change.reading : c.reading)),
  };
}
