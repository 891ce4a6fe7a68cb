import type { ParseKeys } from 'i18next';
import { createElement, use, type ComponentType } from 'react';
import { isUnder } from './common/hash-location';
import type { NavIconName } from './shell/NavIcon';

/** The namespaces navigation labels come from (the side navigation translates with all of them). */
export const navNamespaces = ['common', 'clients', 'park', 'demo'] as const;

export interface AppRoute {
  id: string;
  /** Hash path; the route also answers every path below it ("/assess/42"). */
  path: string;
  /** Fully qualified i18n key ("ns:key") of the navigation label. */
  labelKey: ParseKeys<typeof navNamespaces>;
  icon: NavIconName;
  /** "main" lists it with the work screens, "system" at the foot of the navigation. */
  group: 'main' | 'system';
  Screen: LazyScreen;
}

export type LazyScreen = ComponentType & {
  /** Starts loading the screen's code (again, after a failed attempt); the start screen loads while the app boots. */
  preload?: () => Promise<unknown>;
};

/**
 * A screen whose code loads on first use: `lazyScreen(async () => (await import('./x/XScreen')).XScreen)`.
 * Unlike React.lazy, once the code is here it renders at once, with no Suspense fallback (and React's delay
 * before revealing content after a fallback), so a preloaded start screen appears directly. A failed load stays
 * failed for rendering (the error boundary shows it) until preload() is called again, e.g. by "try again".
 */
export function lazyScreen(load: () => Promise<ComponentType>): LazyScreen {
  let attempt: Promise<ComponentType> | undefined;
  let failed = false;
  let component: ComponentType | undefined;
  const current = (): Promise<ComponentType> => {
    attempt ??= load().then(
      (loaded) => {
        component = loaded;
        return loaded;
      },
      (error: unknown) => {
        failed = true;
        throw error;
      },
    );
    return attempt;
  };
  const preload = (): Promise<ComponentType> => {
    if (failed) {
      attempt = undefined;
      failed = false;
    }
    return current();
  };
  function LazyScreenView() {
    return createElement(component ?? use(current()));
  }
  return Object.assign(LazyScreenView, { preload });
}

/** One entry per screen. Screens are lazy so heavy libraries (chart.js, onnxruntime-web) never load at start. */
export const routes: readonly AppRoute[] = [
  {
    id: 'assess',
    path: '/assess',
    labelKey: 'common:nav.assess',
    icon: 'assess',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./assessment/AssessmentScreen')).AssessmentScreen),
  },
  {
    id: 'results',
    path: '/results',
    labelKey: 'common:nav.results',
    icon: 'results',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./assessment/results/ResultsScreen')).ResultsScreen),
  },
  {
    id: 'solutions',
    path: '/solutions',
    labelKey: 'common:nav.solutions',
    icon: 'solutions',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./catalog/SolutionsScreen')).SolutionsScreen),
  },
  {
    id: 'inspect',
    path: '/inspect',
    labelKey: 'common:nav.inspect',
    icon: 'inspect',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./inspection/InspectionScreen')).InspectionScreen),
  },
  {
    id: 'training',
    path: '/training',
    labelKey: 'common:nav.training',
    icon: 'training',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./training/TrainingScreen')).TrainingScreen),
  },
  {
    id: 'clients',
    path: '/clients',
    labelKey: 'clients:nav',
    icon: 'clients',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./clients/ClientsScreen')).ClientsScreen),
  },
  {
    id: 'park',
    path: '/park',
    labelKey: 'park:nav',
    icon: 'park',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./park/ParkScreen')).ParkScreen),
  },
  {
    id: 'demo',
    path: '/demo',
    labelKey: 'demo:nav',
    icon: 'demo',
    group: 'main',
    Screen: lazyScreen(async () => (await import('./demo/DemoScreen')).DemoScreen),
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
