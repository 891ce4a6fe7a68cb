import { CodedError } from '../errors';

/** Every code, at run time, so a test can check each has a translation in every language. */
export const BACKUP_ERROR_CODES = [
  // The file does not start with the backup magic: some other file was picked.
  'backup.notBackup',
  // The file ends before the header or payload it declares: an interrupted copy or download.
  'backup.truncated',
  // Damaged content; param `detail` says which check failed (see CorruptionDetail).
  'backup.corrupt',
  // Written in a newer file format than this app reads (`fileVersion`, `supportedVersion`).
  'backup.newerFormat',
  // Made by an app whose database is newer than ours (`fileVersion`, `supportedVersion`).
  'backup.newerSchema',
  // Holds a table this version does not know at the backup's schema version (`table`).
  'backup.unknownTable',
  // Export met a value the format cannot carry (`path`), e.g. a function or a class instance.
  'backup.unsupportedValue',
  // A row does not fit its table: wrong fields, a reference to a record not in the file, a date out of
  // range, a reserved key such as "__proto__" (`table`, `row` (1-based), `field`).
  'backup.invalidRows',
  // Larger than this app restores (`limit` in MB, or too many tables/rows): refused before decompressing.
  'backup.tooLarge',
] as const;

export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number];

export type CorruptionDetail =
  'header' | 'hashMismatch' | 'trailingData' | 'compression' | 'payload' | 'rowCounts' | 'encoding' | 'nesting';

export class BackupError extends CodedError<BackupErrorCode> {
  constructor(code: BackupErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(code, params, options);
    this.name = 'BackupError';
  }
}

export function corrupt(detail: CorruptionDetail, cause?: unknown): BackupError {
  return new BackupError('backup.corrupt', { detail }, cause === undefined ? undefined : { cause });
}
