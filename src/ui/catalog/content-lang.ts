/**
 * The language of text that comes from an imported list, not from the app: a published list is usually in
 * Chinese whatever the interface language, and screen readers (and the raw-text checks) must know.
 */
export function contentLang(text: string): 'zh-CN' | undefined {
  return /[\u3400-\u9fff]/.test(text) ? 'zh-CN' : undefined;
}
