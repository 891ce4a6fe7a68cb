import { describe, expect, it } from 'vitest';
import { localDateTime, localDay } from './local-time';

describe('local time for files', () => {
  it('writes the wall-clock time of this computer, zero-padded, in the form spreadsheets read as a date', () => {
    const when = new Date(2026, 11, 6, 9, 5, 3);
    expect(localDateTime(when)).toBe('2026-12-06 09:05:03');
    expect(localDay(when)).toBe('2026-12-06');
  });

  it('keeps the local day late in the evening, where the UTC day may already be the next one', () => {
    expect(localDay(new Date(2026, 0, 31, 23, 59, 59))).toBe('2026-01-31');
  });
});
