import { BackupError, type BackupHeader } from '../core/backup';
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
}
