import { BACKUP_FILE_EXTENSION, BACKUP_MIME_TYPE, type BackupHeader } from '../../core/backup';
import { isCodedError, type ErrorParams } from '../../core/errors';
import { exportWorkspace, inspectBackup, restoreWorkspace } from '../../db/backup';
import type { GongzhiDatabase } from '../../db/database';
import type { FileFilter, Platform, SaveFileResult } from '../../platform/platform';
import { appRoot } from '../root';

/** What the backup flow needs; the database is injectable so the flow runs in tests on fake-indexeddb. */
export interface BackupDeps {
  platform: Platform;
  database?: () => Promise<GongzhiDatabase>;
}

/** The app's one database (backup and restore copy every table, so they work on the database itself). */
const appDatabase = async (): Promise<GongzhiDatabase> => (await appRoot()).database;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** e.g. "gongzhi-backup-2026-06-01-0930.gzbak", local time: what the user sees on their clock. */
export function backupFileName(now: Date): string {
  const date = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
  return `gongzhi-backup-${date}-${twoDigits(now.getHours())}${twoDigits(now.getMinutes())}.${BACKUP_FILE_EXTENSION}`;
}

/** Exports the whole workspace and hands it to the host's save dialog. */
export async function saveBackup(deps: BackupDeps, filter: FileFilter, now: Date = new Date()): Promise<SaveFileResult> {
  const { appVersion } = await deps.platform.appInfo();
  const bytes = await exportWorkspace(await (deps.database ?? appDatabase)(), { appVersion, createdAt: now });
  return deps.platform.saveFile({ suggestedName: backupFileName(now), mimeType: BACKUP_MIME_TYPE, data: bytes, filters: [filter] });
}

export interface PendingRestore {
  fileName: string;
  header: BackupHeader;
  bytes: Uint8Array;
}

/**
 * Lets the user pick a backup and checks it completely (integrity, version, tables) before anything is
 * shown for confirmation; undefined when the user cancelled the picker.
 */
export async function chooseBackup(deps: BackupDeps, filter: FileFilter): Promise<PendingRestore | undefined> {
  const [file] = await deps.platform.openFiles({ multiple: false, filters: [filter] });
  if (!file) return undefined;
  const bytes = await file.bytes();
  const header = await inspectBackup(await (deps.database ?? appDatabase)(), bytes);
  return { fileName: file.name, header, bytes };
}

export async function applyRestore(deps: BackupDeps, pending: PendingRestore): Promise<void> {
  await restoreWorkspace(await (deps.database ?? appDatabase)(), pending.bytes);
}

export interface DisplayError {
  /** Key in the `errors` namespace. */
  code: string;
  params: ErrorParams;
}

/** Coded errors are shown as they are; anything unexpected as a generic storage error (details go to the console). */
export function toDisplayError(error: unknown): DisplayError {
  if (isCodedError(error)) return { code: error.code, params: error.params };
  return { code: 'storage.unknown', params: {} };
}
