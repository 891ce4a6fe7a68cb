import type { SheetRow } from '../import-types';
import { guessColumn, type ColumnGuess, type ListField } from './list-fields';
import { cellShown } from './sheet-text';

/** Title rows, notes and two-level headers sit within the first rows; a header lower than this is not looked for. */
const headerSearchRows = 30;
/** A column counts towards a header row only when its header is at least this good a match. */
const minimumScore = 0.6;

/** Fields several columns may feed together (text is joined); every other field takes one column. */
export const joinableFields: ReadonlySet<ListField> = new Set(['description', 'notes', 'contact', 'industry', 'scenario']);

export interface HeaderColumn {
  index: number;
  /** The header as the user sees it: "实施周期 › 最短" for a two-level header. */
  header: string;
  guess: ColumnGuess;
}

export interface FoundHeader {
  /** Sheet row numbers of the header (two for a two-level header). */
  rowNumbers: number[];
  columns: HeaderColumn[];
  score: number;
}

const slotOf = (g: ColumnGuess) => `${g.field}|${g.part ?? ''}|${g.basis ?? ''}`;

/** Group headers cover the blank cells to their right (a CSV's way of writing a merged cell). */
function carryGroup(texts: string[], subs: string[]): string[] {
  const out: string[] = [];
  let carried = '';
  texts.forEach((text, i) => {
    if (text !== '') carried = text;
    else if (subs[i] === '') carried = '';
    out.push(text !== '' ? text : carried);
  });
  return out;
}

function evaluate(subs: string[], groups: string[] | undefined): { columns: HeaderColumn[]; score: number } {
  const columns = subs.map((sub, index): HeaderColumn => {
    const group = groups?.[index] ?? '';
    const text = sub !== '' ? sub : group;
    const guess = text === '' ? { field: 'ignore' as const, score: 0 } : guessColumn(text, sub !== '' && group !== '' ? group : undefined);
    const header = sub !== '' && group !== '' && group !== sub ? `${group} › ${sub}` : text;
    return { index, header, guess };
  });
  // One column per field (the best), except text fields that several columns can feed.
  const best = new Map<string, HeaderColumn>();
  for (const column of columns) {
    if (column.guess.field === 'ignore' || column.guess.score < minimumScore) continue;
    const slot = slotOf(column.guess);
    const held = best.get(slot);
    if (!held || column.guess.score > held.guess.score) best.set(slot, column);
  }
  for (const column of columns) {
    const g = column.guess;
    if (g.field === 'ignore') continue;
    const keep = g.score >= minimumScore && (joinableFields.has(g.field) || best.get(slotOf(g)) === column);
    if (!keep) column.guess = { field: 'ignore', score: g.score };
  }
  const score = [...best.values()].reduce((sum, c) => sum + c.guess.score, 0);
  return { columns, score };
}

/**
 * Finds the header among the first rows: below any title rows, and as two rows when a group row stands
 * above sub-headers. The header must name a column for the solution's name; the best-scoring candidate wins.
 */
export function findHeader(rows: readonly SheetRow[]): FoundHeader | undefined {
  const candidates = rows.slice(0, headerSearchRows);
  const width = Math.max(0, ...candidates.map((r) => r.cells.length));
  const texts = candidates.map((row) => Array.from({ length: width }, (_, i) => cellShown(row.cells[i])));
  let found: FoundHeader | undefined;
  const consider = (rowNumbers: number[], result: { columns: HeaderColumn[]; score: number }) => {
    if (!result.columns.some((c) => c.guess.field === 'name')) return;
    if (!found || result.score > found.score + 1e-9) found = { rowNumbers, columns: result.columns, score: result.score };
  };
  candidates.forEach((row, r) => {
    const subs = texts[r] ?? [];
    consider([row.rowNumber], evaluate(subs, undefined));
    const above = candidates[r - 1];
    const aboveTexts = texts[r - 1];
    if (above && aboveTexts && above.rowNumber === row.rowNumber - 1) {
      consider([above.rowNumber, row.rowNumber], evaluate(subs, carryGroup(aboveTexts, subs)));
    }
  });
  return found;
}
