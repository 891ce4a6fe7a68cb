import type { CatalogEntry, Provenance } from './catalog-schema';
import type { ImportFormat } from './import/import-types';

/** One imported list as stored: its provenance and where it came from. Entries are stored apart. */
export interface CatalogVersionRow {
  id: string;
  provenance: Provenance;
  entryCount: number;
  importedAt: string;
  fileName: string;
  format: ImportFormat;
}

export interface CatalogVersionEntriesRow {
  versionId: string;
  entries: CatalogEntry[];
}

/** The single row saying which version is in use; versionId null = the bundled reference list. */
export interface CatalogActiveRow {
  id: 'active';
  versionId: string | null;
  changedAt: string;
}
