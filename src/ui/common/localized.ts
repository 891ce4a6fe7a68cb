import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../core/assessment/framework-schema';
import { supportedLanguages } from '../../i18n/languages';
import type { Language } from '../../core/clients/company';

function isLanguage(value: string): value is Language {
  return (supportedLanguages as readonly string[]).includes(value);
}

/** Data text where only zh-CN is required (catalog lists); frameworks always carry all three. */
type DataText = LocalizedText | { 'zh-CN': string; en?: string; 'zh-TW'?: string };

/** Picks the current language from text that data files carry themselves (frameworks, clusters). */
export function useLocalized(): (text: DataText) => string {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (text) => text[language] ?? text['zh-CN'];
}
