import { parseBackup } from '../../../src/core/backup';
import { checkSnapshotRows } from '../../../src/core/backup/check-rows';
import { exportWorkspace, type GongzhiDatabase } from '../../../src/db';
import { primaryKeysAt } from '../../../src/db/backup-compatibility';

/**
 * Whatever an import accepted must not make the workspace's own backup unrestorable: exports the
 * database and runs restore's row checks on it. Throws a plain Error (counted as untranslated) if not.
 */
export async function assertRestorable(db: GongzhiDatabase): Promise<void> {
  const { snapshot } = await parseBackup(await exportWorkspace(db, { appVersion: '0.1.0', createdAt: new Date('2026-03-02T09:00:00Z') }));
  try {
    checkSnapshotRows(snapshot, primaryKeysAt(db.migrations, db.verno));
  } catch (error) {
    throw new Error(`an accepted file made the workspace backup unrestorable: ${JSON.stringify((error as { params?: unknown }).params)}`, {
      cause: error,
    });
  }
}
