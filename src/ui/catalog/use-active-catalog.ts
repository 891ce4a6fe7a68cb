import { useCallback, useEffect, useState } from 'react';
import type { Catalog } from '../../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import { loadReferenceCatalog } from '../../core/catalog/reference-catalog';
import { CatalogRepository, getWorkspace } from '../../db';

export type ActiveCatalogState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; catalog: Catalog; version: CatalogVersionRow | undefined; versions: CatalogVersionRow[] };

export async function catalogRepository(): Promise<CatalogRepository> {
  return new CatalogRepository((await getWorkspace()).db);
}

/** The list in use (an imported version, or the bundled reference list) and every kept version. */
export function useActiveCatalog(): { state: ActiveCatalogState; reload: () => void } {
  const [state, setState] = useState<ActiveCatalogState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      const repository = await catalogRepository();
      const [active, versions] = await Promise.all([repository.activeCatalog(), repository.listVersions()]);
      return { catalog: active?.catalog ?? loadReferenceCatalog(), version: active?.version, versions };
    })().then(
      (ready) => live && setState({ status: 'ready', ...ready }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
