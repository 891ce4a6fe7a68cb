import { useEffect, useState } from 'react';
import { listClients, type ClientRow } from '../../app/clients';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';

export type ClientsState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; rows: ClientRow[] };

/** The companies matching `query`, each with its follow-up line; the rows shown stay until the next ones are read. */
export function useClients(query: string, entries: readonly CatalogEntry[] | undefined, generation: number): ClientsState {
  const [state, setState] = useState<ClientsState>({ status: 'loading' });
  useEffect(() => {
    if (!entries) return;
    let live = true;
    listClients(query).then(
      (rows) => live && setState({ status: 'ready', rows }),
      (error: unknown) => {
        console.error('clients', error);
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [query, entries, generation]);
  return state;
}
