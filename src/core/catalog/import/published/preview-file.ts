import type { CatalogTaxonomy } from '../../taxonomy';
import { importCatalogFile, detectFormat, type ImportFile } from '../import-catalog';
import { defaultImportLimits, type ImportResult } from '../import-types';
import { sheetRowsToEntries } from '../rows-to-entries';
import { readListRows } from './read-list';
import { listReadOptions, readFileRows, type ListFileOptions, type ListFileResult } from './read-list-file';

/**
 * A catalog file read the way its shape asks: the app's own template or JSON (with ids and lifts) as
 * before, all or nothing; anything else as a published list, mapped column by column.
 */
export type CatalogFilePreview = { kind: 'template'; result: ImportResult } | { kind: 'list'; result: ListFileResult };

/** Template errors that mean "this is not the template", so the file is read as a published list instead. */
const notTemplate = new Set(['import.noHeaderRow', 'import.missingColumn', 'import.jsonShape', 'import.duplicateColumn']);

export async function previewCatalogFile(
  file: ImportFile,
  taxonomy: CatalogTaxonomy,
  options: ListFileOptions,
): Promise<CatalogFilePreview> {
  if (!options.mapping && detectFormat(file) === 'json') {
    const template = await importCatalogFile(file, taxonomy);
    if (template.ok || !template.errors.some((e) => notTemplate.has(e.code))) return { kind: 'template', result: template };
  }
  // A sheet is read once (exceljs is the slow part) and then tried as the template, then as a published list.
  const read = await readFileRows(file, options);
  if (!read.ok) return { kind: 'list', result: read };
  const encoding = read.encoding ? { encoding: read.encoding } : {};
  if (!options.mapping && read.format !== 'json') {
    const template = sheetRowsToEntries(read.rows, taxonomy, defaultImportLimits);
    if (template.ok) return { kind: 'template', result: { ok: true, format: read.format, entries: template.entries, ...encoding } };
    if (!template.errors.some((e) => notTemplate.has(e.code)))
      return { kind: 'template', result: { ok: false, format: read.format, errors: template.errors } };
  }
  return { kind: 'list', result: { ...readListRows(read.rows, taxonomy, listReadOptions(options)), format: read.format, ...encoding } };
}
