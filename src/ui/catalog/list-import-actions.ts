import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ListColumn } from '../../core/catalog/import/published/read-list';
import { toSavedColumn, type SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import type { ColumnReading } from '../../core/catalog/import/published/list-fields';
import type { Platform } from '../../platform/platform';
import { importExtensions } from './import-actions';

/** Lets the user pick one list file; undefined when the user cancels. The bytes stay here, so a changed mapping can read it again. */
export async function pickListFile(platform: Platform, filterName: string): Promise<ImportFile | undefined> {
  const [file] = await platform.openFiles({ multiple: false, filters: [{ name: filterName, extensions: importExtensions }] });
  if (!file) return undefined;
  return { name: file.name, bytes: await file.bytes() };
}

/** The mapping the preview shows, with one column changed, as it is saved and sent back to the reader. */
export function mappingWith(publisher: string, headerRows: number[], columns: readonly ListColumn[], change?: { index: number; reading: ColumnReading }): SavedMapping {
  return {
    publisher,
    headerRows,
    columns: columns.map((c) => toSavedColumn(c.header, c.letter, change && change.index === c.index ? change.reading : c.reading)),
  };
}
