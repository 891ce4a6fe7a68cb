import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { BACKUP_ERROR_CODES, type BackupHeader } from '../../core/backup';
import type { Language } from '../../core/clients/company';
import { STORAGE_ERROR_CODES } from '../../app/backup';
import backupEn from '../../i18n/locales/en/backup.json';
import errorsEn from '../../i18n/locales/en/errors.json';
import backupZhCn from '../../i18n/locales/zh-CN/backup.json';
import errorsZhCn from '../../i18n/locales/zh-CN/errors.json';
import backupZhTw from '../../i18n/locales/zh-TW/backup.json';
import errorsZhTw from '../../i18n/locales/zh-TW/errors.json';
import { RestoreConfirmation } from './RestoreConfirmation';

const resources = {
  'zh-CN': { backup: backupZhCn, errors: errorsZhCn },
  en: { backup: backupEn, errors: errorsEn },
  'zh-TW': { backup: backupZhTw, errors: errorsZhTw },
};

async function translator(language: Language) {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({ lng: language, resources, fallbackLng: false, interpolation: { escapeValue: false } });
  return instance;
}

const header: BackupHeader = {
  format: 1,
  app: 'gongzhi',
  appVersion: '0.3.1',
  createdAt: '2026-06-01T09:30:00.000Z',
  schemaVersion: 1,
  tables: [
    { name: 'companies', rows: 1234 },
    { name: 'settings', rows: 1 },
    { name: 'inspections', rows: 7 },
  ],
  payload: { compression: 'gzip', bytes: 10, sha256: '0'.repeat(64) },
};

describe('backup texts', () => {
  it.each(['zh-CN', 'en', 'zh-TW'] as const)('%s: every backup and storage error code has a message', async (language) => {
    const t = (await translator(language)).getFixedT(language, 'errors');
    for (const code of [...BACKUP_ERROR_CODES, ...STORAGE_ERROR_CODES]) {
      const message = t(code, { fileVersion: 3, supportedVersion: 2, table: 'x', path: 'p', limit: 512 });
      expect({ code, message }).not.toEqual({ code, message: code });
      expect(message).not.toMatch(/\{\{/);
    }
  });

  it('shows the backup date, app version and row counts before anything is replaced', async () => {
    const instance = await translator('en');
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n: instance },
        createElement(RestoreConfirmation, {
          fileName: 'monday.gzbak',
          header,
          busy: false,
          onConfirm: () => undefined,
          onCancel: () => undefined,
        }),
      ),
    );
    expect(html).toContain('Replace the current workspace with this backup?');
    expect(html).toContain('monday.gzbak');
    expect(html).toContain('<time dateTime="2026-06-01T09:30:00.000Z">June 1, 2026');
    expect(html).toContain('0.3.1');
    expect(html).toContain('<dt>Companies</dt><dd>1,234</dd>');
    expect(html).toContain('<dt>Settings</dt><dd>1</dd>');
    // A table added by a later feature without a label yet still shows, under its own name.
    expect(html).toContain('<dt>inspections</dt><dd>7</dd>');
  });

  it('labels the confirmation in Chinese for a Chinese user', async () => {
    const instance = await translator('zh-CN');
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n: instance },
        createElement(RestoreConfirmation, {
          fileName: 'a.gzbak',
          header,
          busy: true,
          onConfirm: () => undefined,
          onCancel: () => undefined,
        }),
      ),
    );
    expect(html).toContain('用这个备份替换当前工作区？');
    expect(html).toContain('<dt>企业</dt><dd>1,234</dd>');
    expect(html).toContain('正在恢复…');
  });
});
