import { describe, expect, it } from 'vitest';
import { localSettingsStore, parseStoredSettings } from './settings-store';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('settings store', () => {
  it('starts in simplified Chinese with normal type when nothing was saved', async () => {
    expect(await localSettingsStore(memoryStorage()).load()).toEqual({ language: 'zh-CN', largeText: false });
  });

  it('gives back what was saved', async () => {
    const storage = memoryStorage();
    await localSettingsStore(storage).save({ language: 'zh-TW', largeText: true, activeCompanyId: 'c1' });
    expect(await localSettingsStore(storage).load()).toEqual({ language: 'zh-TW', largeText: true, activeCompanyId: 'c1' });
  });

  it('ignores damaged or unknown values instead of failing to start', () => {
    expect(parseStoredSettings('{not json')).toEqual({ language: 'zh-CN', largeText: false });
    expect(parseStoredSettings('{"language":"fr","largeText":"yes"}')).toEqual({ language: 'zh-CN', largeText: false });
    expect(parseStoredSettings('{"language":"en","largeText":true}')).toEqual({ language: 'en', largeText: true });
  });
});
