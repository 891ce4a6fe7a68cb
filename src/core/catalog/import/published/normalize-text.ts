const compatibilityCharacter = /[\u00a0-\u00ff\u2000-\u33ff\uf900-\uffef]/;

/**
 * Text as people type it in spreadsheets, folded to one form: full-width digits and letters to half-width
 * (NFKC), every dash and tilde variant to one character, spaces trimmed. Used for matching, never stored.
 */
export function foldText(text: string): string {
  // NFKC is the slow step and changes only compatibility characters (full-width forms, ①, nbsp …), never CJK ideographs.
  return (compatibilityCharacter.test(text) ? text.normalize('NFKC') : text)
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u301C\u223C\uFF5E]/g, '~')
    .trim();
}

/** Folded, lower case, without spaces, quotes or brackets' content kept: for comparing labels. */
export function labelKey(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/[\s_:："“”'‘’`「」*※]+/g, '');
}

/** Header text split into its label and the unit in brackets: "参考价格（万元）" → ["参考价格", "万元"]. */
export function splitUnit(header: string): { label: string; unit: string | undefined } {
  // Headers wrapped onto two lines in the cell ("参考价格\n（万元）") are one header.
  const folded = foldText(header).replace(/\s*[\r\n]+\s*/g, '');
  const match = /^(.*?)[([]([^()[\]]*)[)\]]\s*$/.exec(folded);
  if (!match || match[1] === undefined || match[1].trim() === '') return { label: folded, unit: undefined };
  return { label: match[1].trim(), unit: match[2]?.trim() };
}

const digits: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "十二" → 12, "两" → 2, "半" → 0.5: Chinese numerals up to 99, as periods are written ("两周", "三个月"). */
function chineseNumber(text: string): number | undefined {
  if (text === '半') return 0.5;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const t = tens === undefined || tens === '' ? (text.includes('十') ? 1 : 0) : digits[tens];
  const o = ones === undefined || ones === '' ? 0 : digits[ones];
  return t === undefined || o === undefined ? undefined : t * 10 + o;
}

/** Replaces Chinese numerals that stand before a unit of time with figures: "两到三周" → "2到3周". */
export function chineseNumeralsToDigits(text: string): string {
  const halves = text.replace(/([零一二两三四五六七八九十]{1,3}|\d+)\s*个半月/g, (whole, numeral: string) => {
    const value = /^\d+$/.test(numeral) ? Number(numeral) : chineseNumber(numeral);
    return value === undefined ? whole : `${value + 0.5}个月`;
  });
  return halves.replace(
    /([零一二两三四五六七八九十]{1,3}|半)(?=\s*(?:[到至~-]\s*[零一二两三四五六七八九十]{1,3}\s*)?(?:个|個)?(?:月|周|週|星期|天|日|年|工作日))/g,
    (whole, numeral: string) => {
      const value = chineseNumber(numeral);
      return value === undefined ? whole : String(value);
    },
  );
}
