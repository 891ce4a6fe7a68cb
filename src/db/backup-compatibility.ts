import { BackupError, type BackupHeader } from '../core/backup';
import { corrupt } from '../core/backup/errors';
import { schemaAtVersion, type Migration } from './migrations';

/**
 * Whether this app can restore a backup, from its header alone. Kept free of Dexie at run time so the
 * CLI's `backup verify` gives the same answer as the app without opening a database.
 */
export function checkBackupCompatibility(header: BackupHeader, steps: readonly Migration[]): void {
  const latest = steps.at(-1)?.version ?? 0;
  if (header.schemaVersion > latest) {
    throw new BackupError('backup.newerSchema', { fileVersion: header.schemaVersion, supportedVersion: latest });
  }
  const known = schemaAtVersion(steps, header.schemaVersion);
  const unknown = header.tables.find((table) => !known.has(table.name));
  if (unknown) throw new BackupError('backup.unknownTable', { table: unknown.name });
  // Export writes every table, empty or not: a file missing one was not made by the app.
  const present = new Set(header.tables.map((table) => table.name));
  if ([...known.keys()].some((table) => !present.has(table))) throw corrupt('rowCounts');
}

/** Each table's primary key field at `version`, from its Dexie schema string ("++id, name" → "id"). */
export function primaryKeysAt(steps: readonly Migration[], version: number): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [table, definition] of schemaAtVersion(steps, version)) {
    keys.set(table, (definition.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, ''));
  }
  return keys;
}
