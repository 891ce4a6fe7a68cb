import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

type Keyed<T> = AsyncState<T> & { key: string };

/**
 * Runs a loader when its key changes; `reload` runs it again. A value loaded for an earlier key is never
 * returned for a new one (it reads as loading until the new load finishes).
 */
export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<Keyed<T>>({ status: 'loading', key });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ status: 'ready', value, key }),
      (error: unknown) => live && setState({ status: 'error', error, key }),
    );
    return () => {
      live = false;
    };
    // The loader is recreated every render; the key says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  if (state.key !== key) return { status: 'loading', reload };
  if (state.status === 'ready') return { status: 'ready', value: state.value, reload };
  if (state.status === 'error') return { status: 'error', error: state.error, reload };
  return { status: 'loading', reload };
}
