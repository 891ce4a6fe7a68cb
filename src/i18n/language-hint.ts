import type { Language } from '../core/clients/company';
import { isLanguage } from './languages';

/*
 * A copy of the chosen language in localStorage, readable synchronously at boot, so the language's strings are
 * fetched while the database opens instead of after. The database's setting stays the truth.
 */
const hintKey = 'gongzhi.language';

export function readLanguageHint(storage: Pick<Storage, 'getItem'>): Language | undefined {
  try {
    const value = storage.getItem(hintKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeLanguageHint(storage: Pick<Storage, 'setItem'>, language: Language): void {
  try {
    storage.setItem(hintKey, language);
  } catch {
    // Only a speed-up: without it the language is still loaded, just a little later.
  }
}
