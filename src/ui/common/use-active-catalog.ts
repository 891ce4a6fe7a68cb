import { loadActiveCatalog, type ActiveCatalog } from '../../app/catalog';
import { useAsync } from './use-async';

export type ActiveCatalogState = { status: 'loading' } | { status: 'failed'; error: unknown } | ({ status: 'ready' } & ActiveCatalog);

/** The list in use (an imported version, or the bundled reference list) and every kept version. */
export function useActiveCatalog(): { state: ActiveCatalogState; reload: () => void } {
  const loaded = useAsync(loadActiveCatalog, 'active-catalog');
  const state: ActiveCatalogState =
    loaded.status === 'ready'
      ? { status: 'ready', ...loaded.value }
      : loaded.status === 'error'
        ? { status: 'failed', error: loaded.error }
        : { status: 'loading' };
  return { state, reload: loaded.reload };
}
