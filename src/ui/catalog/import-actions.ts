import type { CatalogEntry, Provenance } from '../../core/catalog/catalog-schema';
import type { ImportResult } from '../../core/catalog/import/import-types';
import { catalogTemplateCsv } from '../../core/catalog/import/template-csv';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { templateXlsx, validateInWorker } from '../../app/catalog/catalog-file-client';

export const importExtensions = ['xlsx', 'csv', 'json'];

/** Lets the user pick one list file and validates it; undefined when the user cancels. */
export async function pickAndValidate(platform: Platform, filterName: string): Promise<{ fileName: string; result: ImportResult } | undefined> {
  const [file] = await platform.openFiles({ multiple: false, filters: [{ name: filterName, extensions: importExtensions }] });
  if (!file) return undefined;
  const bytes = await file.bytes();
  return { fileName: file.name, result: await validateInWorker({ name: file.name, bytes }) };
}

/** The template with one realistic example row (a reference entry with a prerequisite; the XLSX one is written in the worker). */
export async function saveTemplate(platform: Platform, kind: 'xlsx' | 'csv', baseName: string): Promise<SaveFileResult> {
  const example = loadReferenceCatalog().entries.find((e) => e.prerequisites.length > 0) ?? loadReferenceCatalog().entries[0];
  if (!example) throw new Error('reference catalog is empty');
  if (kind === 'csv') {
    return platform.saveFile({ suggestedName: `${baseName}.csv`, mimeType: 'text/csv', data: catalogTemplateCsv(example, bundledTaxonomy), filters: [{ name: 'CSV', extensions: ['csv'] }] });
  }
  return platform.saveFile({
    suggestedName: `${baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await templateXlsx(example),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}

/** Provenance for a sheet import (sheets carry none): from the file name and today, for the user to correct. */
export function draftProvenance(fileName: string, fromFile: Provenance | undefined, today: string): Provenance {
  if (fromFile) return fromFile;
  const name = fileName.replace(/\.[^.]+$/, '');
  return { kind: 'official', listName: { 'zh-CN': name }, publisher: { 'zh-CN': '' }, publishedOn: today, version: today };
}

export type ImportedEntries = CatalogEntry[];
