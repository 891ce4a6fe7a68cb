import { gunzip, OutputLimitError, sha256Hex } from './bytes';
import { corrupt, BackupError } from './errors';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  MAX_HEADER_BYTES,
  backupHeaderSchema,
  type BackupHeader,
  type WorkspaceSnapshot,
} from './format';
import { exceedsJsonNesting } from '../json-nesting';
import { MAX_BACKUP_TABLES, MAX_BACKUP_ROWS, MAX_PAYLOAD_BYTES } from './limits';
import { decodeValue, MAX_VALUE_DEPTH, type Json } from './value-codec';

const NEWLINE = 0x0a;
const magicBytes = new TextEncoder().encode(`${BACKUP_MAGIC}\n`);

function startsWithMagic(bytes: Uint8Array): boolean {
  return bytes.length >= magicBytes.length && magicBytes.every((byte, index) => bytes[index] === byte);
}

function parseJson(text: string, detail: 'header' | 'payload'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw corrupt(detail, error);
  }
}

export interface HeaderAndPayload {
  header: BackupHeader;
  payload: Uint8Array;
}

/**
 * Reads the header and locates the payload without decompressing anything. Cheap: the restore dialog
 * calls it to show what a file holds. Does not check the payload's hash (see verifyBackup).
 */
export function readBackupHeader(bytes: Uint8Array): HeaderAndPayload {
  if (!startsWithMagic(bytes)) throw new BackupError('backup.notBackup');
  const searchEnd = Math.min(bytes.length, magicBytes.length + MAX_HEADER_BYTES);
  const end = bytes.subarray(0, searchEnd).indexOf(NEWLINE, magicBytes.length);
  if (end < 0) throw bytes.length === searchEnd ? new BackupError('backup.truncated') : corrupt('header');
  const raw = parseJson(new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(magicBytes.length, end)), 'header');
  // Checked before the full schema: a newer format may have changed any other header field.
  const format = typeof raw === 'object' && raw !== null ? (raw as { format?: unknown }).format : undefined;
  if (typeof format === 'number' && format > BACKUP_FORMAT_VERSION) {
    throw new BackupError('backup.newerFormat', { fileVersion: format, supportedVersion: BACKUP_FORMAT_VERSION });
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) throw corrupt('header', parsed.error);
  const header = parsed.data;
  checkDeclaredSize(header);
  const payload = bytes.subarray(end + 1);
  if (payload.length < header.payload.bytes) throw new BackupError('backup.truncated');
  if (payload.length > header.payload.bytes) throw corrupt('trailingData');
  return { header, payload };
}

/** Counts come from the header, so an oversized file is refused before its payload is hashed or inflated. */
function checkDeclaredSize(header: BackupHeader): void {
  const names = new Set(header.tables.map((table) => table.name));
  if (names.size !== header.tables.length) throw corrupt('header');
  const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
  if (header.tables.length > MAX_BACKUP_TABLES || rows > MAX_BACKUP_ROWS || header.payload.bytes > MAX_PAYLOAD_BYTES) {
    throw new BackupError('backup.tooLarge', { limit: Math.round(MAX_PAYLOAD_BYTES / 2 ** 20) });
  }
}

async function inflate(payload: Uint8Array): Promise<Uint8Array> {
  try {
    return await gunzip(payload, MAX_PAYLOAD_BYTES);
  } catch (error) {
    if (error instanceof OutputLimitError) throw new BackupError('backup.tooLarge', { limit: Math.round(MAX_PAYLOAD_BYTES / 2 ** 20) });
    throw corrupt('compression', error);
  }
}

/** Checks the file's structure and the payload's SHA-256; returns the header when intact. */
export async function verifyBackup(bytes: Uint8Array): Promise<HeaderAndPayload> {
  const found = readBackupHeader(bytes);
  if ((await sha256Hex(found.payload)) !== found.header.payload.sha256) throw corrupt('hashMismatch');
  return found;
}

export interface ParsedBackup {
  header: BackupHeader;
  snapshot: WorkspaceSnapshot;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Verifies, decompresses and decodes a backup; every way it can be damaged is a BackupError. */
export async function parseBackup(bytes: Uint8Array): Promise<ParsedBackup> {
  const { header, payload } = await verifyBackup(bytes);
  const json = await inflate(payload);
  // Before JSON.parse: a payload of nothing but brackets would otherwise build millions of nested arrays.
  if (exceedsJsonNesting(json, MAX_VALUE_DEPTH + 4)) throw corrupt('nesting');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch (error) {
    throw corrupt('encoding', error);
  }
  const body = parseJson(text, 'payload');
  if (!isRecord(body) || !isRecord(body.tables)) throw corrupt('payload');
  const tables = body.tables;
  const declared = header.tables;
  const names = Object.keys(tables);
  const countsMatch =
    names.length === declared.length &&
    declared.every(({ name, rows }) => {
      const stored = tables[name];
      return Object.hasOwn(tables, name) && Array.isArray(stored) && stored.length === rows;
    });
  if (!countsMatch) throw corrupt('rowCounts');
  const decoded = Object.fromEntries(declared.map(({ name }) => [name, (tables[name] as Json[]).map((row) => decodeValue(row))]));
  return { header, snapshot: { schemaVersion: header.schemaVersion, tables: decoded } };
}
