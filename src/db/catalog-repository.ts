import type { Catalog, CatalogEntry, Provenance } from '../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../core/catalog/catalog-version';
import type { ImportFormat } from '../core/catalog/import/import-types';
import { labelKey } from '../core/catalog/import/published/normalize-text';
import type { SavedMapping } from '../core/catalog/import/published/saved-mapping';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { StorageError, withStorageErrors } from './errors';

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

export interface NewCatalogVersion {
  provenance: Provenance;
  entries: CatalogEntry[];
  fileName: string;
  format: ImportFormat;
  mapping?: SavedMapping | undefined;
}

/**
 * Imported solution lists. Every import becomes a new version and the active one; older versions stay,
 * so activating one of them is the rollback. `null` as the active version means the bundled reference list.
 */
export class CatalogRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  /** Newest first. */
  async listVersions(): Promise<CatalogVersionRow[]> {
    return withStorageErrors(() => this.db.catalogVersions.orderBy('importedAt').reverse().toArray());
  }

  async activeVersionId(): Promise<string | null> {
    const row = await withStorageErrors(() => this.db.catalogActive.get('active'));
    return row?.versionId ?? null;
  }

  /** Stores the list and makes it active in one transaction: either both happen or neither. */
  async importVersion(input: NewCatalogVersion): Promise<CatalogVersionRow> {
    const stamp = this.clock.now().toISOString();
    const row: CatalogVersionRow = {
      id: this.clock.newId(),
      provenance: input.provenance,
      entryCount: input.entries.length,
      importedAt: stamp,
      fileName: input.fileName,
      format: input.format,
      ...(input.mapping ? { mapping: input.mapping } : {}),
    };
    await withStorageErrors(() =>
      this.db.transaction('rw', [this.db.catalogVersions, this.db.catalogVersionEntries, this.db.catalogActive], async () => {
        await this.db.catalogVersions.add(row);
        await this.db.catalogVersionEntries.add({ versionId: row.id, entries: input.entries });
        await this.db.catalogActive.put({ id: 'active', versionId: row.id, changedAt: stamp });
      }),
    );
    return row;
  }

  /** The column mapping last confirmed for this publisher (names compared loosely), to read its next list the same way. */
  async savedMapping(publisher: string): Promise<SavedMapping | undefined> {
    const key = labelKey(publisher);
    if (key === '') return undefined;
    const versions = await this.listVersions();
    return versions.find((v) => v.mapping?.publisher !== undefined && labelKey(v.mapping.publisher) === key)?.mapping;
  }

  /** Publishers with a saved mapping, newest first, for the user to pick from. */
  async mappingPublishers(): Promise<string[]> {
    const names = (await this.listVersions()).flatMap((v) => (v.mapping?.publisher ? [v.mapping.publisher] : []));
    return [...new Set(names)];
  }

  /** Makes a kept version (or the reference list, with null) the one in use. */
  async activate(versionId: string | null): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction('rw', [this.db.catalogVersions, this.db.catalogActive], async () => {
        if (versionId !== null && !(await this.db.catalogVersions.get(versionId)))
          throw new StorageError('storage.notFound', { id: versionId });
        await this.db.catalogActive.put({ id: 'active', versionId, changedAt: this.clock.now().toISOString() });
      }),
    );
  }

  /** The list in use, or undefined when the reference list is (the caller loads the bundled one). */
  async activeCatalog(): Promise<{ version: CatalogVersionRow; catalog: Catalog } | undefined> {
    const versionId = await this.activeVersionId();
    if (versionId === null) return undefined;
    return withStorageErrors(async () => {
      const version = await this.db.catalogVersions.get(versionId);
      const stored = await this.db.catalogVersionEntries.get(versionId);
      if (!version || !stored) return undefined;
      return { version, catalog: { provenance: version.provenance, entries: stored.entries } };
    });
  }
}
