import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { NavIconName } from './shell/NavIcon';

export interface AppRoute {
  id: string;
  /** Hash path; the route also answers every path below it ("/assess/42"). */
  path: string;
  /** Fully qualified i18n key ("ns:key") of the navigation label. */
  labelKey: string;
  icon: NavIconName;
  /** "main" lists it with the work screens, "system" at the foot of the navigation. */
  group: 'main' | 'system';
  Screen: LazyExoticComponent<ComponentType>;
}

function placeholder(titleKey: string, bodyKey: string): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const { PlaceholderScreen } = await import('./placeholder/PlaceholderScreen');
    return { default: () => <PlaceholderScreen titleKey={titleKey} bodyKey={bodyKey} /> };
  });
}

/** One entry per screen. Screens are lazy so heavy libraries (chart.js, onnxruntime-web) never load at start. */
export const routes: readonly AppRoute[] = [
  {
    id: 'assess',
    path: '/assess',
    labelKey: 'common:nav.assess',
    icon: 'assess',
    group: 'main',
    Screen: lazy(async () => ({ default: (await import('./assess/AssessScreen')).AssessScreen })),
  },
  {
    id: 'results',
    path: '/results',
    labelKey: 'common:nav.results',
    icon: 'results',
    group: 'main',
    Screen: lazy(async () => ({ default: (await import('./results/ResultsScreen')).ResultsScreen })),
  },
  {
    id: 'solutions',
    path: '/solutions',
    labelKey: 'common:nav.solutions',
    icon: 'solutions',
    group: 'main',
    Screen: placeholder('common:placeholder.solutions.title', 'common:placeholder.solutions.body'),
  },
  {
    id: 'inspect',
    path: '/inspect',
    labelKey: 'common:nav.inspect',
    icon: 'inspect',
    group: 'main',
    Screen: placeholder('common:placeholder.inspect.title', 'common:placeholder.inspect.body'),
  },
  {
    id: 'training',
    path: '/training',
    labelKey: 'common:nav.training',
    icon: 'training',
    group: 'main',
    Screen: placeholder('common:placeholder.training.title', 'common:placeholder.training.body'),
  },
  {
    id: 'settings',
    path: '/settings',
    labelKey: 'common:nav.settings',
    icon: 'settings',
    group: 'system',
    Screen: lazy(async () => ({ default: (await import('./settings/SettingsScreen')).SettingsScreen })),
  },
  {
    id: 'about',
    path: '/about',
    labelKey: 'common:nav.about',
    icon: 'about',
    group: 'system',
    Screen: lazy(async () => ({ default: (await import('./about/AboutScreen')).AboutScreen })),
  },
];

/** Where the app opens and where "/" leads. */
export const startPath = '/assess';
