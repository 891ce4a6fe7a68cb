import type { Catalog } from '../../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { repositories } from '../root';

export interface ActiveCatalog {
  /** The list in use: an imported version, or the bundled reference list. */
  catalog: Catalog;
  /** Undefined while the reference list is in use. */
  version: CatalogVersionRow | undefined;
  /** Every kept version, newest first. */
  versions: CatalogVersionRow[];
}

export async function loadActiveCatalog(): Promise<ActiveCatalog> {
  const { catalog } = await repositories();
  const [active, versions] = await Promise.all([catalog.activeCatalog(), catalog.listVersions()]);
  return { catalog: active?.catalog ?? loadReferenceCatalog(), version: active?.version, versions };
}

/** Puts a kept version (or the reference list, with null) in use: the rollback. */
export async function activateCatalogVersion(versionId: string | null): Promise<void> {
  await (await repositories()).catalog.activate(versionId);
}
