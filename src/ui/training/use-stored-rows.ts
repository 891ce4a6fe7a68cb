import { useEffect, useState } from 'react';

/** Rows read once when the screen opens (undefined while loading). `read` must be stable. */
export function useStoredRows<T>(read: () => Promise<T[]>, what: string): { rows: T[] | undefined; failed: boolean } {
  const [rows, setRows] = useState<T[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    read().then(
      (found) => live && setRows(found),
      (error: unknown) => {
        console.error(what, error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [read, what]);
  return { rows, failed };
}
