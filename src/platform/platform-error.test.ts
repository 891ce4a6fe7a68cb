import { describe, expect, it } from 'vitest';
import { PlatformError, toPlatformError } from './platform-error';

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
