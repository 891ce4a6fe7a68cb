import { diffCatalogs, type CatalogDiff } from '../../core/catalog/catalog-diff';
import type { Catalog, CatalogEntry, Provenance } from '../../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import type { ImportError, ImportFormat, ImportResult } from '../../core/catalog/import/import-types';
import type { SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import { catalogTemplateCsv } from '../../core/catalog/import/template-csv';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import type { Platform, SaveFileResult } from '../../platform/platform';
import { appRoot } from '../root';
import { transfer } from '../../shared/worker-transport';

export const importExtensions = ['xlsx', 'csv', 'json'];

/** Validates a list file (XLSX, CSV or JSON) in the catalog-file worker, so the screen stays responsive. */
export async function validateCatalogFile(file: { name: string; bytes: Uint8Array }): Promise<ImportResult> {
  const copy = new Uint8Array(file.bytes);
  const { workers } = await appRoot();
  return workers.catalogFiles.call('validate', [transfer({ name: file.name, bytes: copy }, [copy.buffer])]);
}

/** Lets the user pick one list file and validates it; undefined when the user cancels. */
export async function pickAndValidateCatalogFile(
  platform: Platform,
  filterName: string,
): Promise<{ fileName: string; result: ImportResult } | undefined> {
  const [file] = await platform.openFiles({ multiple: false, filters: [{ name: filterName, extensions: importExtensions }] });
  if (!file) return undefined;
  return { fileName: file.name, result: await validateCatalogFile({ name: file.name, bytes: await file.bytes() }) };
}

export type CatalogImportPreview =
  | { kind: 'cancelled' }
  | { kind: 'errors'; fileName: string; errors: ImportError[] }
  | { kind: 'preview'; fileName: string; format: ImportFormat; entries: CatalogEntry[]; diff: CatalogDiff; provenance: Provenance };

/**
 * The first half of importing a list: the user picks a file, it is validated, and the result is either its
 * errors or a preview (the entries, what changes against the list in use, and draft provenance to confirm).
 */
export async function previewCatalogImport(
  platform: Platform,
  filterName: string,
  current: Catalog,
  today = new Date(),
): Promise<CatalogImportPreview> {
  const picked = await pickAndValidateCatalogFile(platform, filterName);
  if (!picked) return { kind: 'cancelled' };
  const { fileName, result } = picked;
  if (!result.ok) return { kind: 'errors', fileName, errors: result.errors };
  return {
    kind: 'preview',
    fileName,
    format: result.format,
    entries: result.entries,
    diff: diffCatalogs(current.entries, result.entries),
    provenance: draftProvenance(fileName, result.provenance, today.toISOString().slice(0, 10)),
  };
}

/** The template with one realistic example row (a reference entry with a prerequisite; the XLSX one is written in the worker). */
export async function saveCatalogTemplate(platform: Platform, kind: 'xlsx' | 'csv', baseName: string): Promise<SaveFileResult> {
  const example = loadReferenceCatalog().entries.find((e) => e.prerequisites.length > 0) ?? loadReferenceCatalog().entries[0];
  if (!example) throw new Error('reference catalog is empty');
  if (kind === 'csv') {
    return platform.saveFile({
      suggestedName: `${baseName}.csv`,
      mimeType: 'text/csv',
      data: catalogTemplateCsv(example, bundledTaxonomy),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  }
  const { workers } = await appRoot();
  return platform.saveFile({
    suggestedName: `${baseName}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: await workers.catalogFiles.call('template', [example]),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  });
}

/** Provenance for a sheet import (sheets carry none): from the file name and today, for the user to correct. */
export function draftProvenance(fileName: string, fromFile: Provenance | undefined, today: string): Provenance {
  if (fromFile) return fromFile;
  const name = fileName.replace(/\.[^.]+$/, '');
  return { kind: 'official', listName: { 'zh-CN': name }, publisher: { 'zh-CN': '' }, publishedOn: today, version: today };
}

/** Keeps a validated list as a new version and puts it in use (the previous one stays, for rollback). */
export async function importCatalogVersion(input: {
  provenance: Provenance;
  entries: CatalogEntry[];
  fileName: string;
  format: ImportFormat;
  mapping?: SavedMapping | undefined;
}): Promise<CatalogVersionRow> {
  const { repositories } = await appRoot();
  return repositories.catalog.importVersion(input);
}
