import type { ResourceKey } from 'i18next';
import type { Language } from '../core/clients/company';

type LocaleModule = { default: ResourceKey };

/*
 * Every src/i18n/locales/<lang>/<namespace>.json is found here, so a feature adds a namespace by adding
 * files only. They are loaded per language on demand: only the active language's strings are fetched at start.
 */
const localeLoaders = import.meta.glob<LocaleModule>('./locales/*/*.json');

const fileName = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/;

function loadersFor(language: Language): { namespace: string; load: () => Promise<LocaleModule> }[] {
  const found: { namespace: string; load: () => Promise<LocaleModule> }[] = [];
  for (const [path, load] of Object.entries(localeLoaders)) {
    const match = fileName.exec(path);
    if (match?.[1] === language && match[2]) found.push({ namespace: match[2], load });
  }
  return found;
}

/** Every namespace that has a file in the default language's folder. */
export function namespaces(): string[] {
  return loadersFor('zh-CN').map((entry) => entry.namespace);
}

const loading = new Map<Language, Promise<Record<string, ResourceKey>>>();

/** All namespaces of one language, keyed by namespace; fetched once, so it can be started early at boot. */
export function loadLanguage(language: Language): Promise<Record<string, ResourceKey>> {
  let bundles = loading.get(language);
  if (!bundles) {
    bundles = Promise.all(loadersFor(language).map(async ({ namespace, load }) => [namespace, (await load()).default] as const)).then(
      (entries) => Object.fromEntries(entries),
    );
    bundles.catch(() => loading.delete(language));
    loading.set(language, bundles);
  }
  return bundles;
}
