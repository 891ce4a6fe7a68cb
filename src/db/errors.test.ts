import { describe, expect, it } from 'vitest';
import { CodedError } from '../core/errors';
import { StorageError, toStorageError, withStorageErrors } from './errors';

function named(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(name), { name, ...extra });
}

describe('storage error mapping', () => {
  it('finds a quota error wrapped in Dexie abort errors', () => {
    const wrapped = named('AbortError', { inner: named('QuotaExceededError') });
    expect(toStorageError(wrapped)).toMatchObject({ code: 'storage.quotaExceeded', cause: wrapped });
  });

  it('finds a constraint error inside a bulk error', () => {
    expect(toStorageError(named('BulkError', { failures: [named('ConstraintError')] })).code).toBe('storage.duplicateKey');
  });

  it('maps closed, missing and version errors, and anything else to storage.unknown', () => {
    expect(toStorageError(named('DatabaseClosedError')).code).toBe('storage.databaseClosed');
    expect(toStorageError(named('MissingAPIError')).code).toBe('storage.unavailable');
    expect(toStorageError(named('VersionError')).code).toBe('storage.versionConflict');
    expect(toStorageError('boom').code).toBe('storage.unknown');
  });

  it('passes coded errors through unchanged', async () => {
    const original = new CodedError('backup.corrupt');
    await expect(withStorageErrors(() => Promise.reject(original))).rejects.toBe(original);
    await expect(withStorageErrors(() => Promise.reject(named('QuotaExceededError')))).rejects.toBeInstanceOf(StorageError);
  });
});
