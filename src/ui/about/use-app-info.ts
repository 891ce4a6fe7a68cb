import { useEffect, useState } from 'react';
import { getPlatform, type AppInfo } from '../../platform';

export type AppInfoState = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed'; error: unknown };

export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getPlatform()
      .appInfo()
      .then(
        (info) => live && setState({ status: 'ready', info }),
        (error: unknown) => live && setState({ status: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
