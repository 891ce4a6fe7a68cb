import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../db';
import { localSettingsStore, parseStoredSettings, repositorySettingsStore } from './settings-store';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('settings kept in the workspace database', () => {
  let workspace: Workspace | undefined;
  afterEach(() => workspace?.db.close());

  it('start in simplified Chinese and give back the saved language, type size and active company', async () => {
    workspace = await openWorkspace({ name: `settings-store-${crypto.randomUUID()}` });
    const store = repositorySettingsStore(workspace.settings);
    expect(await store.load()).toMatchObject({ language: 'zh-CN', largeText: false });
    await store.save({ language: 'en', activeCompanyId: 'c1' });
    await store.save({ largeText: true });
    expect(await store.load()).toMatchObject({ language: 'en', largeText: true, activeCompanyId: 'c1' });
    await store.save({ activeCompanyId: undefined });
    expect((await store.load()).activeCompanyId).toBeUndefined();
  });
});

describe('settings kept in localStorage (database unavailable)', () => {
  it('start in simplified Chinese with normal type when nothing was saved', async () => {
    expect(await localSettingsStore(memoryStorage()).load()).toEqual({ language: 'zh-CN', largeText: false });
  });

  it('merge what was saved', async () => {
    const storage = memoryStorage();
    await localSettingsStore(storage).save({ language: 'zh-TW', activeCompanyId: 'c1' });
    await localSettingsStore(storage).save({ largeText: true });
    expect(await localSettingsStore(storage).load()).toEqual({ language: 'zh-TW', largeText: true, activeCompanyId: 'c1' });
  });

  it('ignore damaged or unknown values instead of failing to start', () => {
    expect(parseStoredSettings('{not json')).toEqual({ language: 'zh-CN', largeText: false });
    expect(parseStoredSettings('{"language":"fr","largeText":"yes"}')).toEqual({ language: 'zh-CN', largeText: false });
    expect(parseStoredSettings('{"language":"en","largeText":true}')).toEqual({ language: 'en', largeText: true });
  });
});
