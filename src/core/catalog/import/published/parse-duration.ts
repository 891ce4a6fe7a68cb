import { chineseNumeralsToDigits, foldText } from './normalize-text';
import { isRangeSeparator, numberTokens, roundTo, type Range } from './number-tokens';

export type DurationUnit = 'week' | 'day' | 'workday' | 'month' | 'year';

export type ParsedDuration =
  | { kind: 'blank' }
  | { kind: 'unknown' }
  | { kind: 'weeks'; weeks: Range; unitAssumed: boolean }
  | { kind: 'invalid'; reason: 'ambiguous' | 'notADuration' | 'minAboveMax' };

const weeksPer: Record<DurationUnit, number> = { week: 1, day: 1 / 7, workday: 1 / 5, month: 52 / 12, year: 52 };

function unitOf(text: string): DurationUnit | undefined {
  if (/工作日|working days?|business days?/i.test(text)) return 'workday';
  if (/周|週|星期|礼拜|weeks?|wks?\b|w\b/i.test(text)) return 'week';
  if (/天|日|days?|d\b/i.test(text)) return 'day';
  if (/月|months?|mos?\b/i.test(text)) return 'month';
  if (/年|years?|yrs?\b/i.test(text)) return 'year';
  return undefined;
}

export function headerDurationUnit(unit: string | undefined): DurationUnit | undefined {
  return unit === undefined ? undefined : unitOf(unit);
}

const unknownWords = /待定|视|根据|按需|协商|不定|面议|另议|tbd|depends/i;

/** "3-6周", "8～12周", "2个月", "30天", "1-2月", "10个工作日", "即时" into weeks (one decimal). */
export function parseDuration(raw: string, headerUnit?: DurationUnit): ParsedDuration {
  const text = chineseNumeralsToDigits(foldText(raw));
  if (text === '' || /^[-/—]$/.test(text)) return { kind: 'blank' };
  const tokens = numberTokens(text);
  if (tokens.length === 0) {
    if (/即时|即开即用|当天|立即|instant|same day/i.test(text)) return { kind: 'weeks', weeks: { min: 0, max: 0.2 }, unitAssumed: false };
    return unknownWords.test(text) ? { kind: 'unknown' } : { kind: 'invalid', reason: 'notADuration' };
  }
  if (tokens.length > 2) return { kind: 'invalid', reason: 'ambiguous' };
  const [first, second] = tokens;
  if (!first) return { kind: 'invalid', reason: 'notADuration' };
  const unitAfter = (from: number, to: number) => unitOf(text.slice(from, to));
  if (second) {
    const between = text.slice(first.end, second.start);
    const firstUnit = unitAfter(first.end, second.start);
    if (!isRangeSeparator(between.replace(/^\s*(个?月|周|週|天|日|个?工作日|年|weeks?|days?|months?)/i, '')))
      return { kind: 'invalid', reason: 'ambiguous' };
    const secondUnit = unitAfter(second.end, text.length) ?? headerUnit;
    const unit2 = secondUnit ?? 'week';
    const unit1 = firstUnit ?? unit2;
    const min = first.value * weeksPer[unit1];
    const max = second.value * weeksPer[unit2];
    if (min > max) return { kind: 'invalid', reason: 'minAboveMax' };
    return { kind: 'weeks', weeks: { min: roundTo(min, 1), max: roundTo(max, 1) }, unitAssumed: secondUnit === undefined };
  }
  const own = unitAfter(first.end, text.length) ?? unitOf(text.slice(0, first.start));
  const unit = own ?? headerUnit ?? 'week';
  const weeks = roundTo(first.value * weeksPer[unit], 1);
  const within = /以内|内|不超过|within|up to/i.test(text);
  return { kind: 'weeks', weeks: { min: within ? 0 : weeks, max: weeks }, unitAssumed: own === undefined && headerUnit === undefined };
}
