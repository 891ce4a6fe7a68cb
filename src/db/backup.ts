import { parseBackup, serialiseBackup, verifyBackup, type BackupHeader, type BackupMetadata, type WorkspaceSnapshot } from '../core/backup';
import { checkSnapshotRows } from '../core/backup/check-rows';
import { checkBackupCompatibility, primaryKeysAt } from './backup-compatibility';
import { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

/** Every table, read in one transaction so the backup is a consistent moment of the workspace. */
async function readSnapshot(db: GongzhiDatabase): Promise<WorkspaceSnapshot> {
  return withStorageErrors(() =>
    db.transaction('r', db.tables, async () => {
      const tables: [string, unknown[]][] = [];
      for (const table of db.tables) tables.push([table.name, await table.toArray()]);
      return { schemaVersion: db.verno, tables: Object.fromEntries(tables) };
    }),
  );
}

/** The whole workspace as the bytes of one backup file. Tables added by later migrations are included. */
export async function exportWorkspace(db: GongzhiDatabase, metadata: BackupMetadata): Promise<Uint8Array> {
  return serialiseBackup(await readSnapshot(db), metadata);
}

/**
 * Checks a file before the user confirms a restore: intact (hash), and restorable by this version.
 * Returns the header, which says when and by which app version it was made and how many rows it holds.
 */
export async function inspectBackup(db: GongzhiDatabase, bytes: Uint8Array): Promise<BackupHeader> {
  const { header } = await verifyBackup(bytes);
  checkBackupCompatibility(header, db.migrations);
  return header;
}

/**
 * Brings rows exported at an older schema version up to the current one by running the real migrations:
 * load them into a scratch database opened at the backup's version, reopen it at the current version
 * (Dexie runs each step's upgrade), read everything back, delete the scratch database.
 */
async function upgradeSnapshot(db: GongzhiDatabase, snapshot: WorkspaceSnapshot): Promise<WorkspaceSnapshot> {
  const scratch = { ...db.options, name: `${db.name}-restore-${crypto.randomUUID()}`, migrations: db.migrations };
  try {
    const old = new GongzhiDatabase({ ...scratch, upToVersion: snapshot.schemaVersion });
    await withStorageErrors(() => old.transaction('rw', old.tables, () => loadTables(old, snapshot)));
    old.close();
    const upgraded = new GongzhiDatabase(scratch);
    try {
      return await readSnapshot(upgraded);
    } finally {
      upgraded.close();
    }
  } finally {
    await new GongzhiDatabase(scratch).delete();
  }
}

async function loadTables(db: GongzhiDatabase, snapshot: WorkspaceSnapshot): Promise<void> {
  for (const table of db.tables) {
    await table.clear();
    const rows = snapshot.tables[table.name];
    if (rows && rows.length > 0) await table.bulkAdd([...rows]);
  }
}

/**
 * Replaces the whole workspace with a backup's content, in ONE transaction over every table: if any row
 * fails (quota, a damaged row, a closed database) IndexedDB aborts it and the workspace is exactly as
 * before. Nothing is touched until the file has been fully verified and decoded and every row has passed
 * its table's checks (core/backup/check-rows.ts): a file with a valid hash but foreign rows changes nothing.
 */
export async function restoreWorkspace(db: GongzhiDatabase, bytes: Uint8Array): Promise<BackupHeader> {
  const { header, snapshot } = await parseBackup(bytes);
  checkBackupCompatibility(header, db.migrations);
  const upgrade = snapshot.schemaVersion !== db.verno;
  // Even the scratch database of an upgrade only ever sees rows that passed the shape checks.
  checkSnapshotRows(snapshot, primaryKeysAt(db.migrations, snapshot.schemaVersion), { schemas: !upgrade });
  const current = upgrade ? await upgradeSnapshot(db, snapshot) : snapshot;
  if (upgrade) checkSnapshotRows(current, primaryKeysAt(db.migrations, db.verno));
  await withStorageErrors(() => db.transaction('rw', db.tables, () => loadTables(db, current)));
  return header;
}
