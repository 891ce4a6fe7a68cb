// Backup's actions: the whole workspace to one file, and back after a complete check and the user's confirmation.
export { STORAGE_ERROR_CODES } from '../../db';
export {
  applyRestore,
  backupFileName,
  chooseBackup,
  saveBackup,
  toDisplayError,
  type BackupDeps,
  type DisplayError,
  type PendingRestore,
} from './backup-actions';
