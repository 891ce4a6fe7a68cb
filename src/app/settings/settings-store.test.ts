import { afterEach, describe, expect, it } from 'vitest';
import { installRoot, type AppRoot } from '../root';
import { installTestRoot } from '../test-support';
import { localSettingsStore, openSettingsStore, parseStoredSettings } from './settings-store';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('settings kept in the workspace database', () => {
  let root: AppRoot | undefined;
  afterEach(() => {
    root?.database.close();
    installRoot(undefined);
  });

  it('start in simplified Chinese and give back the saved language, type size and active company', async () => {
    root = await installTestRoot();
    const store = await openSettingsStore(memoryStorage());
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
