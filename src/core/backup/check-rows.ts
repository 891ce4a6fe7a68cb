import { BackupError } from './errors';
import type { WorkspaceSnapshot } from './format';
import { EARLIEST_DATE_MS, LATEST_DATE_MS } from '../iso-date';
import { tableReferences, tableRowSchemas } from './table-schemas';
import { MAX_VALUE_DEPTH } from './value-codec';

/** Keys that would reach Object.prototype if some later code copied a row by assignment. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function invalid(table: string, row: number, field: string): BackupError {
  return new BackupError('backup.invalidRows', { table, row: row + 1, field });
}

/** The path of the first reserved key, out-of-range Date or too-deep value inside `value`, if any. */
function findHazard(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth > MAX_VALUE_DEPTH) return path;
  if (value instanceof Date) {
    const time = value.getTime();
    return time >= EARLIEST_DATE_MS && time < LATEST_DATE_MS ? undefined : path;
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Blob) return undefined;
  const entries: [string, unknown][] =
    value instanceof Map
      ? [...value.entries()].map(([key, item]) => [String(key), item])
      : value instanceof Set
        ? [...value].map((item, index) => [String(index), item])
        : Object.entries(value);
  if (!(value instanceof Map) && Object.getOwnPropertyNames(value).some((key) => RESERVED_KEYS.has(key))) return path;
  for (const [key, item] of entries) {
    const found = findHazard(item, `${path}.${key}`, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isPlainRow(row: unknown): row is Record<string, unknown> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const prototype: unknown = Object.getPrototypeOf(row);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Checks every row of a decoded backup before restore writes anything: each is a plain object with its
 * primary key, holds no reserved key or out-of-range date at any depth, fits its table's schema, has a
 * unique key, and every reference names a row that is in the file. `keyPaths` maps each table to its
 * primary key field. Rows of an older schema version are checked with `schemas: false` (shape and keys
 * only) before the migrations upgrade them, and in full after. Throws `backup.invalidRows` naming the
 * first row that fails.
 */
export function checkSnapshotRows(
  snapshot: WorkspaceSnapshot,
  keyPaths: ReadonlyMap<string, string>,
  options: { schemas: boolean } = { schemas: true },
): void {
  const keys = new Map<string, Set<unknown>>();
  for (const [table, rows] of Object.entries(snapshot.tables)) {
    const keyPath = keyPaths.get(table) ?? 'id';
    const schema = options.schemas ? tableRowSchemas[table] : undefined;
    const seen = new Set<unknown>();
    rows.forEach((row, index) => {
      if (!isPlainRow(row)) throw invalid(table, index, '');
      const hazard = findHazard(row, '', 0);
      if (hazard !== undefined) throw invalid(table, index, hazard.slice(1));
      const key = row[keyPath];
      if ((typeof key !== 'string' && typeof key !== 'number') || seen.has(key)) throw invalid(table, index, keyPath);
      seen.add(key);
      const parsed = schema?.safeParse(row);
      if (parsed && !parsed.success) throw invalid(table, index, parsed.error.issues[0]?.path.join('.') ?? '');
    });
    keys.set(table, seen);
  }
  if (!options.schemas) return;
  for (const { table, field, target } of tableReferences) {
    const targets = keys.get(target) ?? new Set();
    (snapshot.tables[table] ?? []).forEach((row, index) => {
      const value = (row as Record<string, unknown>)[field];
      if (value !== undefined && value !== null && !targets.has(value)) throw invalid(table, index, field);
    });
  }
}
