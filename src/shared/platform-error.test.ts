import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en/errors.json';
import zhCN from '../i18n/locales/zh-CN/errors.json';
import zhTW from '../i18n/locales/zh-TW/errors.json';
import { PLATFORM_ERROR_CODES, PlatformError, toPlatformError } from './platform-error';

describe('toPlatformError', () => {
  it('recovers the code from an error Electron relayed from main', () => {
    const relayed = new Error("Error invoking remote method 'gongzhi:save-file': PlatformError: platform.diskFull");
    const error = toPlatformError(relayed, 'platform.writeFailed');
    expect(error).toBeInstanceOf(PlatformError);
    expect(error.code).toBe('platform.diskFull');
    expect(error.cause).toBe(relayed);
  });

  it('uses the fallback for anything unrecognised, never its raw text', () => {
    expect(toPlatformError(new Error('EIO: i/o error, read'), 'platform.readFailed').code).toBe('platform.readFailed');
    expect(toPlatformError('boom').code).toBe('platform.readFailed');
    expect(toPlatformError(new Error('xplatform.tooLargey'), 'platform.writeFailed').code).toBe('platform.writeFailed');
  });

  it('passes PlatformErrors through unchanged', () => {
    const original = new PlatformError('platform.tooManyFiles', { max: 3 });
    expect(toPlatformError(original)).toBe(original);
  });
});

describe('platform error messages', () => {
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ])('every code has a %s message', (_lang, messages) => {
    const platform: Record<string, unknown> = messages.platform;
    for (const code of PLATFORM_ERROR_CODES) {
      const message = platform[code.replace('platform.', '')];
      expect(typeof message === 'string' && message.length > 0, code).toBe(true);
    }
  });
});
