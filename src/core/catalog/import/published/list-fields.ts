import { z } from 'zod';
import fieldsJson from '../../../../../assets/catalog/import/published-fields.json';
import { headerDurationUnit, type DurationUnit } from './parse-duration';
import { headerPriceUnit, type PriceBasis, type PriceUnit } from './parse-price';
import { labelKey, splitUnit } from './normalize-text';

/** What a column of a published list can hold. `ignore` keeps the column out of the stored entries. */
export const listFields = [
  'name',
  'scenario',
  'industry',
  'description',
  'deployment',
  'price',
  'yearlyPrice',
  'weeks',
  'provider',
  'providerType',
  'voucher',
  'notes',
  'contact',
  'seq',
  'ignore',
] as const;
export type ListField = (typeof listFields)[number];

/** How one column is read: its field, which end of a range it holds, and the unit its header names. */
export interface ColumnReading {
  field: ListField;
  part?: 'min' | 'max' | undefined;
  basis?: PriceBasis | undefined;
  priceUnit?: PriceUnit | undefined;
  durationUnit?: DurationUnit | undefined;
}

export interface ColumnGuess extends ColumnReading {
  /** 0–1: 1 for a header that is a known name of the field, less for a partial match. */
  score: number;
}

const spec = z
  .object({
    fields: z.partialRecord(z.enum(listFields), z.array(z.string())),
    qualifiers: z.object({ min: z.array(z.string()), max: z.array(z.string()), oneOff: z.array(z.string()), yearly: z.array(z.string()) }),
  })
  .parse(fieldsJson);

const synonyms: { key: string; field: ListField }[] = Object.entries(spec.fields)
  .flatMap(([field, words]) => words.map((word) => ({ key: labelKey(word), field: field as ListField })))
  .sort((a, b) => b.key.length - a.key.length);

const qualifierKeys = (words: string[]) => words.map(labelKey);
const qualifiers = {
  min: qualifierKeys(spec.qualifiers.min),
  max: qualifierKeys(spec.qualifiers.max),
  oneOff: qualifierKeys(spec.qualifiers.oneOff),
  yearly: qualifierKeys(spec.qualifiers.yearly),
};

/** A header cell that only says which end or which kind ("最低", "年费") of a group above it. */
export function isQualifierOnly(text: string): boolean {
  const key = labelKey(splitUnit(text).label);
  return key !== '' && Object.values(qualifiers).some((words) => words.includes(key));
}

function hasQualifier(key: string, words: string[]): boolean {
  // A single character ("低") or a short English word ("to") counts only as the whole label; English words
  // only at either end ("pricemin", "maxweeks"), never inside another word.
  return words.some((word) => {
    if (word.length === 1 || word === 'to') return key === word;
    if (/^[a-z/ -]+$/.test(word)) return key.startsWith(word) || key.endsWith(word);
    return key.includes(word);
  });
}

function matchLabel(key: string): { field: ListField; score: number } | undefined {
  if (key === '') return undefined;
  const exact = synonyms.find((s) => s.key === key);
  if (exact) return { field: exact.field, score: 1 };
  // "申报企业", "实施单位", "合作厂商": whoever supplies the solution (but "适用企业" says who it suits).
  if (/(?:商|单位|單位|企业|企業|公司|厂家|厂商)$/.test(key) && !key.startsWith('适用')) return { field: 'provider', score: 0.8 };
  // Longest synonym inside the header wins: "参考价格区间" → price, "服务商名称及联系人" → provider.
  const inside = synonyms.find((s) => s.key.length >= 2 && key.includes(s.key));
  if (inside) return { field: inside.field, score: Math.min(0.9, 0.55 + (0.4 * inside.key.length) / key.length) };
  return undefined;
}

/**
 * Guesses a column from its header text and, for two-level headers, the group header above it
 * ("实施周期" over "最短"/"最长"; "参考价格（万元）" over "一次性"/"年费").
 */
export function guessColumn(header: string, group?: string): ColumnGuess {
  const own = splitUnit(header);
  const ownKey = labelKey(own.label);
  const groupParts = group !== undefined && labelKey(group) !== ownKey ? splitUnit(group) : undefined;
  let matched = isQualifierOnly(header) ? undefined : matchLabel(ownKey);
  let unit = own.unit;
  if ((!matched || matched.score < 0.7) && groupParts) {
    const fromGroup = matchLabel(labelKey(groupParts.label));
    if (fromGroup && (!matched || fromGroup.score > matched.score)) matched = { field: fromGroup.field, score: fromGroup.score * 0.95 };
    unit ??= groupParts.unit;
  }
  if (!matched) return { field: 'ignore', score: 0 };
  const fullKey = labelKey(`${groupParts?.label ?? ''}${own.label}${own.unit ?? ''}`);
  const ownWithUnit = labelKey(`${own.label}${own.unit ?? ''}`);
  const guess: ColumnGuess = { field: matched.field, score: matched.score };
  if (hasQualifier(ownWithUnit, qualifiers.min)) guess.part = 'min';
  else if (hasQualifier(ownWithUnit, qualifiers.max)) guess.part = 'max';
  if (guess.field === 'price' || guess.field === 'yearlyPrice') {
    guess.priceUnit = headerPriceUnit(unit) ?? headerPriceUnit(groupParts?.unit);
    if (guess.field === 'yearlyPrice' || hasQualifier(fullKey, qualifiers.yearly) || /年/.test(unit ?? '')) guess.basis = 'yearly';
    else if (hasQualifier(fullKey, qualifiers.oneOff)) guess.basis = 'oneOff';
    guess.field = 'price';
  }
  if (guess.field === 'weeks') guess.durationUnit = headerDurationUnit(unit) ?? headerDurationUnit(groupParts?.unit);
  return guess;
}
