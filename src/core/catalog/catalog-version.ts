import type { CatalogEntry, Provenance } from './catalog-schema';
import type { ImportFormat } from './import/import-types';
import type { SavedMapping } from './import/published/saved-mapping';

/** One imported list as stored: its provenance and where it came from. Entries are stored apart. */
export interface CatalogVersionRow {
  id: string;
  provenance: Provenance;
  entryCount: number;
  importedAt: string;
  fileName: string;
  format: ImportFormat;
  /** For a published list: how its columns were read, saved under the publisher the user named, for the next list. */
  mapping?: SavedMapping;
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
