import { z } from 'zod';
import type { Language } from '../clients/company';

/**
 * Text in the app's three languages. Only zh-CN is required: officially published lists are Chinese
 * only, so en and zh-TW fall back to zh-CN when a list does not carry them.
 */
export const localizedTextSchema = z.object({
  'zh-CN': z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000).optional(),
  'zh-TW': z.string().trim().min(1).max(2000).optional(),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export function pickText(text: LocalizedText, language: Language): string {
  if (language === 'en') return text.en ?? text['zh-CN'];
  if (language === 'zh-TW') return text['zh-TW'] ?? text['zh-CN'];
  return text['zh-CN'];
}
