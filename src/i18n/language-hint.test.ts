import { describe, expect, it } from 'vitest';
import { readLanguageHint, writeLanguageHint } from './language-hint';

describe('language hint', () => {
  it('gives back a written language and ignores anything that is not a supported language', () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
    expect(readLanguageHint(storage)).toBeUndefined();
    writeLanguageHint(storage, 'zh-TW');
    expect(readLanguageHint(storage)).toBe('zh-TW');
    values.set('gongzhi.language', 'fr');
    expect(readLanguageHint(storage)).toBeUndefined();
  });

  it('never throws when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readLanguageHint(blocked)).toBeUndefined();
    expect(() => writeLanguageHint(blocked, 'en')).not.toThrow();
  });
});
