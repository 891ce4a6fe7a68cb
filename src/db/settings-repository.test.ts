import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../core/clients/company';
import { openDatabase, SETTINGS_ROW_ID } from './database';
import { SettingsRepository } from './settings-repository';
import { freshIndexedDb } from './test-support';

describe('SettingsRepository', () => {
  it('returns the defaults before anything was saved', async () => {
    const settings = new SettingsRepository(await openDatabase(freshIndexedDb()));
    expect(await settings.get()).toEqual(defaultSettings);
  });

  it('persists updates across reopening and keeps fields not in the patch', async () => {
    const idb = freshIndexedDb();
    const db = await openDatabase(idb);
    await new SettingsRepository(db).update({ language: 'zh-TW' });
    expect(await new SettingsRepository(db).update({ largeText: true })).toEqual({ language: 'zh-TW', largeText: true });
    db.close();
    expect(await new SettingsRepository(await openDatabase(idb)).get()).toEqual({ language: 'zh-TW', largeText: true });
  });

  it('fills fields missing from an older stored row with defaults', async () => {
    const db = await openDatabase(freshIndexedDb());
    await db.settings.put({ id: SETTINGS_ROW_ID, largeText: true });
    expect(await new SettingsRepository(db).get()).toEqual({ language: 'zh-CN', largeText: true });
  });

  it('clears a field when the patch sets it to undefined', async () => {
    const settings = new SettingsRepository(await openDatabase(freshIndexedDb()));
    await settings.update({ activeCompanyId: 'c1' });
    expect((await settings.get()).activeCompanyId).toBe('c1');
    expect(await settings.update({ activeCompanyId: undefined })).toEqual(defaultSettings);
  });

  it('falls back to defaults for malformed stored fields, such as from a hand-edited backup', async () => {
    const db = await openDatabase(freshIndexedDb());
    await db.settings.put({ id: SETTINGS_ROW_ID, language: 'fr', largeText: 'yes', activeCompanyId: 7 } as never);
    expect(await new SettingsRepository(db).get()).toEqual(defaultSettings);
  });
});
