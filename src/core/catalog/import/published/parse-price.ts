import { foldText } from './normalize-text';
import { isRangeSeparator, numberTokens, roundTo, type Range } from './number-tokens';

export type PriceUnit = 'wan' | 'yuan' | 'qian';
export type PriceBasis = 'oneOff' | 'yearly';

export interface PriceHints {
  /** From the header, e.g. "参考价格（万元）" or "(元)". */
  unit?: PriceUnit | undefined;
  /** From the header, e.g. a "年费" column. */
  basis?: PriceBasis | undefined;
}

export interface PriceAmount {
  /** In 万元. Absent means the cell says nothing about that kind of cost. */
  oneOff?: Range;
  yearly?: Range;
  /** "20万起": the published figure is a lower bound. */
  atLeast: boolean;
  /** True when a bare figure of 1000 or more was read as 元 because nothing gave a unit. */
  unitAssumed: boolean;
}

export type ParsedPrice =
  | { kind: 'blank' }
  | { kind: 'onRequest'; perUnit?: string }
  | { kind: 'amount'; amount: PriceAmount }
  | { kind: 'invalid'; reason: 'ambiguous' | 'notAPrice' | 'minAboveMax' | 'sameBasisTwice' };

const onRequestWords =
  /待定|面议|另议|议价|协商|电议|询价|咨询|按需|视需求|根据需求|根据项目|定制报价|tbd|on request|negotiable|contact us|n\/a/i;
const freeWords = /^(?:免费|free|0元?)$/i;
const yearlyWords = /年费|每年|\/年|\/a\b|年订阅|包年|per year|\/\s*year|\/yr|p\.a\.|per annum|annual|yearly|a year|年服务费|\/每年/i;
const monthlyWords = /月费|每月|\/月|per month|monthly|\/mo\b/i;
const perUnitWords = /(?:\/|每)(点位?|个|台|人|用户|账号|路|终端|次|条|件|工位|设备|license|user|seat)/i;
const atLeastWords = /起|以上|不低于|至少|及以上|\+\s*$|from\b|starting/i;
const atMostWords = /以内|以下|不超过|最高|至多|封顶|up to|within/i;

function unitFactor(unitText: string): number | undefined {
  if (/亿/.test(unitText)) return 10_000;
  if (/万|w\b|wan|10\s*k|10,?000/i.test(unitText)) return 1;
  if (/千元|k\b/i.test(unitText)) return 0.1;
  if (/元|yuan|rmb|cny|¥/i.test(unitText)) return 0.0001;
  return undefined;
}

export function headerPriceUnit(unit: string | undefined): PriceUnit | undefined {
  if (unit === undefined) return undefined;
  const factor = unitFactor(unit);
  return factor === 1 ? 'wan' : factor === 0.0001 ? 'yuan' : factor === 0.1 ? 'qian' : undefined;
}

const hintFactor: Record<PriceUnit, number> = { wan: 1, yuan: 0.0001, qian: 0.1 };

type Part =
  | { basis: PriceBasis; range: Range; atLeast: boolean; unitAssumed: boolean }
  | { invalid: ParsedPrice & { kind: 'invalid' } }
  | { perUnit: string };

function parsePart(raw: string, hints: PriceHints): Part | undefined {
  const text = foldText(raw);
  const tokens = numberTokens(text);
  if (tokens.length === 0) return undefined;
  const perUnit = perUnitWords.exec(text);
  if (perUnit) return { perUnit: perUnit[0] };
  if (tokens.length > 2) return { invalid: { kind: 'invalid', reason: 'ambiguous' } };
  const [first, second] = tokens;
  if (!first) return undefined;
  // Each number's own unit is the text right after it; a number without one takes the next one's ("15-25万元").
  const ownUnit = (index: number): number | undefined => {
    const token = tokens[index];
    if (!token) return undefined;
    const after = text.slice(token.end, tokens[index + 1]?.start ?? text.length);
    return unitFactor(/^\s*(亿元?|万元?|千元|元|w|k|yuan|rmb|cny)/i.exec(after)?.[1] ?? '');
  };
  if (second && !isRangeSeparator(text.slice(first.end, second.start).replace(/^\s*(亿元?|万元?|千元|元|w|k)/i, ''))) {
    return { invalid: { kind: 'invalid', reason: 'ambiguous' } };
  }
  const lastUnit = ownUnit(tokens.length - 1) ?? unitFactor(text.replace(/\d/g, '').replace(/每年|\/年|年费/g, ''));
  let unitAssumed = false;
  const factorFor = (index: number, value: number): number => {
    const own = ownUnit(index) ?? lastUnit;
    if (own !== undefined) return own;
    if (hints.unit) return hintFactor[hints.unit];
    // Nobody writes a lightweight solution's price as 1000万元 without saying so; a bare 5000 is 元.
    if (value >= 1000) {
      unitAssumed = true;
      return 0.0001;
    }
    return 1;
  };
  let min = first.value * factorFor(0, first.value);
  let max = second ? second.value * factorFor(1, second.value) : min;
  const monthly = monthlyWords.test(text);
  if (monthly) {
    min *= 12;
    max *= 12;
  }
  const basis: PriceBasis = monthly || yearlyWords.test(text) ? 'yearly' : (hints.basis ?? 'oneOff');
  const atLeast = !second && atLeastWords.test(text.replace(/^\s*(首年|次年起?)/, ''));
  if (!second && atMostWords.test(text)) min = 0;
  if (min > max) return { invalid: { kind: 'invalid', reason: 'minAboveMax' } };
  return { basis, range: { min: roundTo(min, 4), max: roundTo(max, 4) }, atLeast, unitAssumed };
}

/**
 * A price cell as parks publish it: "15-25", "3/年", "５-８", "20~30万", "20万起", "5000元", "5万+1万/年",
 * "待定". Never guesses a different number: anything with more figures than a range is `invalid`.
 */
export function parsePrice(raw: string, hints: PriceHints = {}): ParsedPrice {
  const text = foldText(raw);
  if (text === '' || /^[-/—]$/.test(text)) return { kind: 'blank' };
  if (freeWords.test(text.replace(/\s/g, '')))
    return { kind: 'amount', amount: { oneOff: { min: 0, max: 0 }, atLeast: false, unitAssumed: false } };
  const parts = raw
    .split(/[+＋;；，\n]|,(?!\d{3}(?!\d))/)
    .map((part) => parsePart(part, hints))
    .filter((part) => part !== undefined);
  if (parts.length === 0) return onRequestWords.test(text) ? { kind: 'onRequest' } : { kind: 'invalid', reason: 'notAPrice' };
  const amount: PriceAmount = { atLeast: false, unitAssumed: false };
  for (const part of parts) {
    if ('invalid' in part) return part.invalid;
    if ('perUnit' in part) return { kind: 'onRequest', perUnit: part.perUnit };
    if (amount[part.basis]) return { kind: 'invalid', reason: 'sameBasisTwice' };
    amount[part.basis] = part.range;
    amount.atLeast ||= part.atLeast;
    amount.unitAssumed ||= part.unitAssumed;
  }
  return { kind: 'amount', amount };
}
