import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CompaniesProvider } from '../company/CompaniesContext';
import { routeFor, routes, startPath } from '../routes';
import { useHashPath } from '../router/useHashPath';
import { AppHeader } from '../shell/AppHeader';
import { ScreenOutlet } from '../shell/ScreenOutlet';
import { SideNav } from '../shell/SideNav';
import { SkipLink } from '../shell/SkipLink';

export function App() {
  const { t } = useTranslation('common');
  const hashPath = useHashPath();
  const path = hashPath === '/' ? startPath : hashPath;

  useEffect(() => {
    // "/" has no screen of its own; replace it so Back does not bounce through it.
    if (hashPath === '/') window.location.replace(`#${startPath}`);
  }, [hashPath]);

  useEffect(() => {
    document.title = t('app.windowTitle');
  }, [t]);

  const route = routeFor(path);
  return (
    <CompaniesProvider>
      <div className="gz-app">
        <SkipLink />
        <AppHeader />
        <div className="gz-body">
          <SideNav routes={routes} currentPath={path} />
          <ScreenOutlet route={route} path={path} />
        </div>
      </div>
    </CompaniesProvider>
  );
}
