import { CodedError } from '../core/errors';

/** Every code, at run time, so a test can check each has a translation. */
export const STORAGE_ERROR_CODES = [
  'storage.quotaExceeded',
  'storage.databaseClosed',
  'storage.unavailable',
  'storage.versionConflict',
  'storage.duplicateKey',
  'storage.notFound',
  'storage.invalidData',
  'storage.companyNameRequired',
  'storage.unknown',
] as const;

export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

/** A failure of the local database, with a code the UI translates (errors:storage.*). */
export class StorageError extends CodedError<StorageErrorCode> {
  constructor(code: StorageErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(code, params, options);
    this.name = 'StorageError';
  }
}

/**
 * IndexedDB/Dexie error names → our codes. Dexie wraps the real cause (an AbortError whose `inner` is the
 * QuotaExceededError, a BulkError whose `failures` hold ConstraintErrors), so the whole chain is searched
 * and the most specific known name wins.
 */
const codeByErrorName: Readonly<Record<string, StorageErrorCode>> = {
  QuotaExceededError: 'storage.quotaExceeded',
  DatabaseClosedError: 'storage.databaseClosed',
  MissingAPIError: 'storage.unavailable',
  InvalidStateError: 'storage.databaseClosed',
  VersionError: 'storage.versionConflict',
  VersionChangeError: 'storage.versionConflict',
  UpgradeError: 'storage.versionConflict',
  ConstraintError: 'storage.duplicateKey',
  DataCloneError: 'storage.invalidData',
  DataError: 'storage.invalidData',
};

function causes(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const found: unknown[] = [];
  const record = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  if (record.inner) found.push(record.inner);
  if (record.cause) found.push(record.cause);
  if (Array.isArray(record.failures)) found.push(...(record.failures as unknown[]));
  return found;
}

function findCode(error: unknown, depth: number): StorageErrorCode | undefined {
  if (depth > 8) return undefined;
  for (const inner of causes(error)) {
    const code = findCode(inner, depth + 1);
    if (code) return code;
  }
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? codeByErrorName[name] : undefined;
}

/** Maps anything thrown by IndexedDB/Dexie to a StorageError; coded errors pass through unchanged. */
export function toStorageError(error: unknown): CodedError {
  if (error instanceof CodedError) return error;
  return new StorageError(findCode(error, 0) ?? 'storage.unknown', {}, { cause: error });
}

/** Runs a database operation so that every failure surfaces as a coded error the UI can translate. */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
