import { z } from 'zod';

/**
 * A backup file is: the magic line, one line of JSON header, then the payload (gzip-compressed JSON).
 *
 *     GONGZHI-BACKUP\n
 *     {"format":1,"app":"gongzhi","appVersion":"0.1.0","createdAt":"…","schemaVersion":1,
 *      "tables":[{"name":"companies","rows":3},…],"payload":{"compression":"gzip","bytes":1234,"sha256":"…"}}\n
 *     <payload bytes>
 *
 * The header is plain text so a restore can show what it is about to replace (date, app version, row
 * counts) and a truncated file is told apart from a damaged one before anything is decompressed.
 * FORMAT_VERSION changes only when this layout or the value encoding changes; the shape of rows is
 * versioned separately by `schemaVersion` (the database migration it was exported at).
 */
export const BACKUP_MAGIC = 'GONGZHI-BACKUP';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = 'gzbak';
export const BACKUP_MIME_TYPE = 'application/x-gongzhi-backup';
/** A header longer than this means the file is not ours (or is damaged), so we stop looking for its end. */
export const MAX_HEADER_BYTES = 1 << 20;

export const backupHeaderSchema = z.object({
  format: z.number().int().positive(),
  app: z.literal('gongzhi'),
  appVersion: z.string().min(1),
  createdAt: z.iso.datetime(),
  schemaVersion: z.number().int().positive(),
  tables: z.array(z.object({ name: z.string().min(1), rows: z.number().int().nonnegative() })),
  payload: z.object({
    compression: z.literal('gzip'),
    bytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** Everything in a workspace: each table's rows (plain objects, possibly holding binary data). */
export interface WorkspaceSnapshot {
  /** The database migration the rows were exported at. */
  schemaVersion: number;
  tables: Record<string, readonly unknown[]>;
}
