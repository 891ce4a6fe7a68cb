export { BACKUP_ERROR_CODES, BackupError, type BackupErrorCode, type CorruptionDetail } from './errors';
export {
  BACKUP_FILE_EXTENSION,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  BACKUP_MIME_TYPE,
  type BackupHeader,
  type WorkspaceSnapshot,
} from './format';
export { parseBackup, readBackupHeader, verifyBackup, type HeaderAndPayload, type ParsedBackup } from './parse';
export { serialiseBackup, type BackupMetadata } from './serialise';
