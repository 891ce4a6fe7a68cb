import type { ColumnReading, ListField } from '../../core/catalog/import/published/list-fields';

/** The choices a column's field select offers, each a field with the end or fee kind it holds. */
export const fieldOptions = [
  'name',
  'scenario',
  'industry',
  'description',
  'deployment',
  'price',
  'priceMin',
  'priceMax',
  'yearly',
  'yearlyMin',
  'yearlyMax',
  'weeks',
  'weeksMin',
  'weeksMax',
  'provider',
  'providerType',
  'voucher',
  'notes',
  'contact',
  'seq',
  'ignore',
] as const;
export type FieldOption = (typeof fieldOptions)[number];

const readings: Record<FieldOption, ColumnReading> = {
  name: { field: 'name' },
  scenario: { field: 'scenario' },
  industry: { field: 'industry' },
  description: { field: 'description' },
  deployment: { field: 'deployment' },
  provider: { field: 'provider' },
  providerType: { field: 'providerType' },
  voucher: { field: 'voucher' },
  notes: { field: 'notes' },
  contact: { field: 'contact' },
  seq: { field: 'seq' },
  ignore: { field: 'ignore' },
  price: { field: 'price' },
  priceMin: { field: 'price', part: 'min' },
  priceMax: { field: 'price', part: 'max' },
  yearly: { field: 'price', basis: 'yearly' },
  yearlyMin: { field: 'price', part: 'min', basis: 'yearly' },
  yearlyMax: { field: 'price', part: 'max', basis: 'yearly' },
  weeks: { field: 'weeks' },
  weeksMin: { field: 'weeks', part: 'min' },
  weeksMax: { field: 'weeks', part: 'max' },
};

/** The option a column's reading shows as. */
export function optionOf(reading: ColumnReading): FieldOption {
  const yearly = reading.basis === 'yearly';
  const end = reading.part === 'min' ? 'Min' : reading.part === 'max' ? 'Max' : '';
  if (reading.field === 'price') return `${yearly ? 'yearly' : 'price'}${end}` as FieldOption;
  if (reading.field === 'weeks') return `weeks${end}` as FieldOption;
  return reading.field satisfies ListField as FieldOption;
}

/** The reading an option stands for, keeping the unit the header named where the field keeps its kind. */
export function readingOf(option: FieldOption, before: ColumnReading): ColumnReading {
  const next = readings[option];
  return {
    ...next,
    ...(next.field === 'price' && before.priceUnit ? { priceUnit: before.priceUnit } : {}),
    ...(next.field === 'weeks' && before.durationUnit ? { durationUnit: before.durationUnit } : {}),
  };
}
