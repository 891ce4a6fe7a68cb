/** A number as written in a cell, with where it stands in the (folded) text. */
export interface NumberToken {
  value: number;
  start: number;
  end: number;
}

// Thousands separators only in groups of exactly three digits: "1,200" is 1200, "1,2,3" is three numbers.
const numberPattern = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?|\.\d+/g;

export function numberTokens(folded: string): NumberToken[] {
  return [...folded.matchAll(numberPattern)].map((m) => ({
    value: Number(m[0].replace(/,/g, '')),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Between the two ends of a range, after any unit: "-", "~", "至", "到", "to". */
export function isRangeSeparator(between: string): boolean {
  return /^\s*(?:-|~|至|到|to)\s*$/i.test(between);
}

export interface Range {
  min: number;
  max: number;
}

export const roundTo = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
