import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../core/assessment/framework-schema';
import { supportedLanguages } from '../../i18n/languages';
import type { Language } from '../../core/workspace/company';

function isLanguage(value: string): value is Language {
  return (supportedLanguages as readonly string[]).includes(value);
}

/** Picks the current language from a framework's own {zh-CN, en, zh-TW} text. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (text) => text[language];
}
