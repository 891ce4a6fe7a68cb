import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database';
import { freshIndexedDb } from '../../db/test-support';
import en from '../../i18n/locales/en/backup.json';
import zhCN from '../../i18n/locales/zh-CN/backup.json';
import zhTW from '../../i18n/locales/zh-TW/backup.json';

const resources = { 'zh-CN': zhCN, en, 'zh-TW': zhTW };

describe('restore confirmation labels', () => {
  it.each(['zh-CN', 'en', 'zh-TW'] as const)('%s: every database table has a label for the restore confirmation', async (language) => {
    const tables = resources[language].tables as Record<string, string>;
    const db = await openDatabase(freshIndexedDb());
    const unlabelled = db.tables.map((table) => table.name).filter((name) => !Object.hasOwn(tables, name));
    expect(unlabelled, 'add "tables.<name>" to src/i18n/locales/<lang>/backup.json').toEqual([]);
    db.close();
  });
});
