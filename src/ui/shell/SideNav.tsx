import { useTranslation } from 'react-i18next';
import { navNamespaces, type AppRoute } from '../routes';
import { hrefFor, isUnder } from '../common/hash-location';
import { NavIcon } from './NavIcon';

interface SideNavProps {
  routes: readonly AppRoute[];
  currentPath: string;
}

function NavList({ routes, currentPath }: SideNavProps) {
  const { t } = useTranslation(navNamespaces);
  return (
    <ul className="gz-nav-list">
      {routes.map((route) => {
        const current = isUnder(currentPath, route.path);
        return (
          <li key={route.id}>
            <a className="gz-nav-link" href={hrefFor(route.path)} aria-current={current ? 'page' : undefined} data-route={route.id}>
              <NavIcon name={route.icon} />
              <span>{t(route.labelKey)}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function SideNav({ routes, currentPath }: SideNavProps) {
  const { t } = useTranslation('common');
  return (
    <nav className="gz-nav" aria-label={t('nav.label')}>
      <NavList routes={routes.filter((route) => route.group === 'main')} currentPath={currentPath} />
      <NavList routes={routes.filter((route) => route.group === 'system')} currentPath={currentPath} />
    </nav>
  );
}
