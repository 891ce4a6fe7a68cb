/**
 * The one way the interface writes numbers: Intl.NumberFormat in the interface language, so a score, a price
 * and a rate on the same screen look alike (1.58, not 1.5793 beside 1.58). Formatters are cached per language
 * and kind because Intl constructors are slow and screens format hundreds of numbers.
 */
export type NumberKind =
  /** Scores, levels, points: at most two decimals ("1.58", "3"). */
  | 'score'
  /** A share between 0 and 1 written as a percentage with at most one decimal ("63.3%"). */
  | 'percent'
  /** Money in the catalog's unit (万元): at most two decimals, grouped ("13.88", "1,200"). */
  | 'price'
  /** Anything else measured: at most two decimals. */
  | 'decimal'
  /** Whole counts, grouped from five digits on ("1200", "12,000"). */
  | 'count';

const options: Record<NumberKind, Intl.NumberFormatOptions> = {
  score: { maximumFractionDigits: 2, useGrouping: 'min2' },
  percent: { style: 'percent', maximumFractionDigits: 1 },
  price: { maximumFractionDigits: 2, useGrouping: 'min2' },
  decimal: { maximumFractionDigits: 2, useGrouping: 'min2' },
  count: { maximumFractionDigits: 0, useGrouping: 'min2' },
};

const cache = new Map<string, Intl.NumberFormat>();

function formatterFor(language: string, kind: NumberKind): Intl.NumberFormat {
  const key = `${language}\u0000${kind}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, options[kind]);
    cache.set(key, formatter);
  }
  return formatter;
}

/** `value` written for `language`; NaN and infinities (a division by zero upstream) read "—", never "NaN". */
export function formatNumber(value: number, language: string, kind: NumberKind = 'decimal'): string {
  if (!Number.isFinite(value)) return '—';
  return formatterFor(language, kind).format(value);
}

/** A change with its sign ("+0.5", "−2", "0"), for before/after comparisons. */
export function formatChange(value: number, language: string, kind: NumberKind = 'decimal'): string {
  if (!Number.isFinite(value)) return '—';
  const written = formatNumber(Math.abs(value), language, kind);
  if (written === formatNumber(0, language, kind)) return written;
  return `${value > 0 ? '+' : '−'}${written}`;
}
