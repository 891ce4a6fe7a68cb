import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../core/clients/company';
import { writeLanguageHint } from './language-hint';
import { numberFormatterModule } from './number-formatter-module';
import { loadLanguage, namespaces } from './resources';

export const appI18n: i18n = i18next.createInstance();

function applyDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

async function ensureLoaded(language: Language): Promise<void> {
  if (appI18n.hasResourceBundle(language, 'common')) return;
  const bundles = await loadLanguage(language);
  for (const [namespace, bundle] of Object.entries(bundles)) {
    appI18n.addResourceBundle(language, namespace, bundle, true, true);
  }
}

/** Loads the language's strings before the first render, so the UI never shows another language first. */
export async function initI18n(language: Language): Promise<i18n> {
  const bundles = await loadLanguage(language);
  await appI18n
    .use(initReactI18next)
    .use(numberFormatterModule)
    .init({
      lng: language,
      // Every key exists in every language (checked by a unit test), so there is nothing to fall back to.
      fallbackLng: false,
      ns: namespaces(),
      defaultNS: 'common',
      resources: { [language]: bundles },
      // alwaysFormat: numbers handed to t() are written by the shared number formatter (number-format.ts).
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  applyDocumentLanguage(language);
  return appI18n;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await appI18n.changeLanguage(language);
  applyDocumentLanguage(language);
  if (typeof localStorage !== 'undefined') writeLanguageHint(localStorage, language);
}
