import { describe, expect, it } from 'vitest';
import { fieldOptions, optionOf, readingOf } from './list-field-options';

describe('column field choices', () => {
  it('every option reads back as itself, so the select always shows what the column holds', () => {
    for (const option of fieldOptions) expect(optionOf(readingOf(option, { field: 'ignore' }))).toBe(option);
  });

  it('keeps the header unit when a price column becomes another price column, and drops it for other fields', () => {
    expect(readingOf('yearly', { field: 'price', priceUnit: 'yuan' })).toEqual({ field: 'price', basis: 'yearly', priceUnit: 'yuan' });
    expect(readingOf('notes', { field: 'price', priceUnit: 'yuan' })).toEqual({ field: 'notes' });
  });
});
