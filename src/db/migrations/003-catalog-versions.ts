import type { Migration } from './migration';

/**
 * Imported solution lists, each kept as a version so an import can be rolled back. Version metadata and
 * the entries live in separate tables so the version list never loads thousands of entries; one row in
 * catalogActive says which version is in use (none = the bundled reference list).
 */
export const migration003CatalogVersions: Migration = {
  version: 3,
  description: 'catalog versions (imported solution lists) and the active one',
  stores: {
    catalogVersions: 'id, importedAt',
    catalogVersionEntries: 'versionId',
    catalogActive: 'id',
  },
};
