import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { isUnder } from './router/hash-location';
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
  Screen: LazyScreen;
}

export type LazyScreen = LazyExoticComponent<ComponentType> & {
  /** Starts loading the screen's code early (the start screen loads while the app boots). */
  preload?: () => Promise<unknown>;
};

/** A lazily loaded screen that can also be preloaded: `lazyScreen(async () => (await import('./x/XScreen')).XScreen)`. */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let loaded: Promise<ComponentType> | undefined;
  const preload = (): Promise<ComponentType> => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return Object.assign(
    lazy(async () => ({ default: await preload() })),
    { preload },
  );
}

function placeholder(titleKey: string, bodyKey: string): LazyScreen {
  return lazyScreen(async () => {
    const { PlaceholderScreen } = await import('./placeholder/PlaceholderScreen');
    return () => <PlaceholderScreen titleKey={titleKey} bodyKey={bodyKey} />;
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
    Screen: lazy(async () => ({ default: (await import('./solutions/SolutionsScreen')).SolutionsScreen })),
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
    Screen: lazyScreen(async () => (await import('./settings/SettingsScreen')).SettingsScreen),
  },
  {
    id: 'about',
    path: '/about',
    labelKey: 'common:nav.about',
    icon: 'about',
    group: 'system',
    Screen: lazyScreen(async () => (await import('./about/AboutScreen')).AboutScreen),
  },
];

/** Where the app opens and where "/" leads. */
export const startPath = '/assess';

/** The route that shows `path` (its own path or one below it). */
export function routeFor(path: string): AppRoute | undefined {
  const effective = path === '/' ? startPath : path;
  return routes.find((route) => isUnder(effective, route.path));
}
