import type { Language } from '../core/clients/company';

export const defaultLanguage: Language = 'zh-CN';

/** In the order the language picker lists them. */
export const supportedLanguages: readonly Language[] = ['zh-CN', 'en', 'zh-TW'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}
