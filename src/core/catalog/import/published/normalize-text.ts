/**
 * Text as people type it in spreadsheets, folded to one form: full-width digits and letters to half-width
 * (NFKC), every dash and tilde variant to one character, spaces trimmed. Used for matching, never stored.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u301C\u223C\uFF5E]/g, '~')
    .trim();
}

/** Folded, lower case, without spaces, quotes or brackets' content kept: for comparing labels. */
export function labelKey(text: string): string {
  return foldText(text).toLowerCase().replace(/[\s_:："“”'‘’`「」*※]+/g, '');
}

/** Header text split into its label and the unit in brackets: "参考价格（万元）" → ["参考价格", "万元"]. */
export function splitUnit(header: string): { label: string; unit: string | undefined } {
  const folded = foldText(header);
  const match = /^(.*?)[([]([^()[\]]*)[)\]]\s*$/.exec(folded);
  if (!match || match[1] === undefined || match[1].trim() === '') return { label: folded, unit: undefined };
  return { label: match[1].trim(), unit: match[2]?.trim() };
}
