import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import common from './locales/zh-CN/common.json';
import errors from './locales/zh-CN/errors.json';
import { dynamicText } from './dynamic-text';

async function chinese() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'zh-CN',
    resources: { 'zh-CN': { common, errors } },
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('dynamicText (keys built from data)', () => {
  it('translates a key that exists, with its parameters', async () => {
    const i18n = await chinese();
    expect(dynamicText(i18n, 'errors:backup.unknownTable', { table: 'x' })).toBe(errors.backup.unknownTable.replace('{{table}}', 'x'));
  });

  it('shows the caller’s translated fallback, or the translated "unknown", never the raw key', async () => {
    const i18n = await chinese();
    expect(dynamicText(i18n, 'errors:no.such.code', {}, '出错了')).toBe('出错了');
    expect(dynamicText(i18n, 'errors:no.such.code')).toBe('未知');
  });
});
