import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CompaniesProvider } from '../common/CompaniesContext';
import { routeFor, routes, startPath } from '../routes';
import { pathFromHash } from '../common/hash-location';
import { useHashNavigation } from './use-hash-navigation';
import { useHubAutoSync } from './use-hub-auto-sync';
import { ScreenPathContext } from '../common/use-hash-path';
import { AppHeader } from './AppHeader';
import { ScreenOutlet } from './ScreenOutlet';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';

function effectivePath(path: string): string {
  return path === '/' ? startPath : path;
}

function prepareScreen(path: string): Promise<unknown> | undefined {
  return routeFor(path)?.Screen.preload?.();
}

export function App() {
  const { t } = useTranslation('common');
  const { path, screenPath, pending } = useHashNavigation(prepareScreen);
  useHubAutoSync();

  useEffect(() => {
    // "/" has no screen of its own; replace it so Back does not bounce through it. The address is read again
    // because it may have moved on since this render.
    if (path === '/' && pathFromHash(window.location.hash) === '/') window.location.replace(`#${startPath}`);
  }, [path]);

  useEffect(() => {
    document.title = t('app.windowTitle');
  }, [t]);

  return (
    <CompaniesProvider>
      <div className="gz-app">
        <SkipLink />
        <AppHeader />
        <div className="gz-body">
          <SideNav routes={routes} currentPath={effectivePath(path)} />
          <ScreenPathContext value={screenPath}>
            <ScreenOutlet route={routeFor(screenPath)} path={effectivePath(screenPath)} pending={pending} />
          </ScreenPathContext>
        </div>
      </div>
    </CompaniesProvider>
  );
}
