import { describe, expect, it } from 'vitest';
import { formatDay } from './date-format';
import i18next from 'i18next';
import { formatChange, formatNumber } from './number-format';
import { numberFormatterModule } from './number-formatter-module';

describe('formatNumber', () => {
  it('writes scores, prices and rates with at most two decimals, the same in every language', () => {
    expect(formatNumber(1.5793, 'zh-CN', 'score')).toBe('1.58');
    expect(formatNumber(13.875, 'en', 'price')).toBe('13.88');
    expect(formatNumber(3, 'zh-TW', 'score')).toBe('3');
    expect(formatNumber(0.6333, 'zh-CN', 'percent')).toBe('63.3%');
  });

  it('groups large amounts but never a year or a four-digit count', () => {
    expect(formatNumber(2024, 'en', 'count')).toBe('2024');
    expect(formatNumber(12000, 'en', 'price')).toBe('12,000');
  });

  it('says "—" for a value that is not a number instead of NaN or Infinity', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'zh-CN', 'percent')).toBe('—');
  });
});

describe('formatChange', () => {
  it('signs a change and leaves no sign on a change that rounds to nothing', () => {
    expect(formatChange(0.456, 'en', 'score')).toBe('+0.46');
    expect(formatChange(-2, 'zh-CN', 'score')).toBe('−2');
    expect(formatChange(0.001, 'en', 'score')).toBe('0');
  });
});

describe('numberFormatterModule', () => {
  it('writes every number handed to t() through the shared formatter, and leaves text alone', async () => {
    const i18n = i18next.createInstance().use(numberFormatterModule);
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: { score: 'Score {{score}} of {{max}} ({{name}}, {{count}} answers)' } } },
      interpolation: { escapeValue: false, alwaysFormat: true },
    });
    // 'score' is this test's own resource, not one of the app's typed keys.
    const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
    expect(t('score', { score: 1.5793, max: 5, name: 'v1.2345', count: 12000 })).toBe('Score 1.58 of 5 (v1.2345, 12,000 answers)');
  });
});

describe('formatDay', () => {
  it('writes stored dates in the interface language, a plain day as that very day', () => {
    expect(formatDay('2026-10-15', 'zh-CN')).toBe('2026年10月15日');
    expect(formatDay('2026-10-15', 'en')).toBe('Oct 15, 2026');
    expect(formatDay(new Date(2026, 9, 15, 23, 30).toISOString(), 'zh-CN')).toBe('2026年10月15日');
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });
});
