import type { CatalogTaxonomy } from '../../taxonomy';
import { importCatalogFile, type ImportFile } from '../import-catalog';
import type { ImportResult } from '../import-types';
import { readListFile, type ListFileOptions, type ListFileResult } from './read-list-file';

/**
 * A catalog file read the way its shape asks: the app's own template or JSON (with ids and lifts) as
 * before, all or nothing; anything else as a published list, mapped column by column.
 */
export type CatalogFilePreview = { kind: 'template'; result: ImportResult } | { kind: 'list'; result: ListFileResult };

const notTemplate = new Set(['import.noHeaderRow', 'import.missingColumn', 'import.jsonShape', 'import.duplicateColumn']);

export async function previewCatalogFile(file: ImportFile, taxonomy: CatalogTaxonomy, options: ListFileOptions): Promise<CatalogFilePreview> {
  if (!options.mapping) {
    const template = await importCatalogFile(file, taxonomy);
    if (template.ok || !template.errors.some((e) => notTemplate.has(e.code))) return { kind: 'template', result: template };
  }
  return { kind: 'list', result: await readListFile(file, taxonomy, options) };
}
