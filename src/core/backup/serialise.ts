import { concatBytes, gzip, sha256Hex } from './bytes';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC, type BackupHeader, type WorkspaceSnapshot } from './format';
import { encodeValue, type Json } from './value-codec';

export interface BackupMetadata {
  appVersion: string;
  createdAt: Date;
}

const encoder = new TextEncoder();

/** Builds the bytes of one backup file from a workspace snapshot (format described in ./format.ts). */
export async function serialiseBackup(snapshot: WorkspaceSnapshot, metadata: BackupMetadata): Promise<Uint8Array> {
  const tables: [string, Json][] = [];
  for (const [name, rows] of Object.entries(snapshot.tables)) {
    const encoded: Json[] = [];
    for (let index = 0; index < rows.length; index++) encoded.push(await encodeValue(rows[index], `${name}[${index}]`));
    tables.push([name, encoded]);
  }
  const payload = await gzip(encoder.encode(JSON.stringify({ tables: Object.fromEntries(tables) })));
  const header: BackupHeader = {
    format: BACKUP_FORMAT_VERSION,
    app: 'gongzhi',
    appVersion: metadata.appVersion,
    createdAt: metadata.createdAt.toISOString(),
    schemaVersion: snapshot.schemaVersion,
    tables: Object.entries(snapshot.tables).map(([name, rows]) => ({ name, rows: rows.length })),
    payload: { compression: 'gzip', bytes: payload.length, sha256: await sha256Hex(payload) },
  };
  return concatBytes([encoder.encode(`${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`), payload]);
}
