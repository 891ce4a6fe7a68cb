import type { FormatterModule } from 'i18next';
import { formatNumber } from './number-format';

/**
 * i18next formatter that writes every number interpolated into a translation through formatNumber, so a
 * score handed to t() unrounded still reads "1.58" and a count "12,000". Values that are not numbers (names,
 * dates already written, numbers the caller formatted as a percentage or price) pass through unchanged.
 */
export const numberFormatterModule: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  format(value: unknown, _format, language) {
    if (typeof value !== 'number') return value as string;
    return formatNumber(value, language ?? 'zh-CN', Number.isInteger(value) ? 'count' : 'decimal');
  },
};
