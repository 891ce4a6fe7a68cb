import type { CatalogEntry } from './catalog-schema';

export interface FieldChange {
  field: keyof CatalogEntry;
  before: unknown;
  after: unknown;
}

export interface CatalogDiff {
  added: CatalogEntry[];
  removed: CatalogEntry[];
  changed: { id: string; before: CatalogEntry; after: CatalogEntry; fields: FieldChange[] }[];
  unchanged: number;
}

/** JSON with sorted keys, so that field order in a file never shows up as a change. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What replacing `current` with `next` would do, matched by entry id. */
export function diffCatalogs(current: readonly CatalogEntry[], next: readonly CatalogEntry[]): CatalogDiff {
  const currentById = new Map(current.map((e) => [e.id, e]));
  const nextIds = new Set(next.map((e) => e.id));
  const diff: CatalogDiff = { added: [], removed: current.filter((e) => !nextIds.has(e.id)), changed: [], unchanged: 0 };
  for (const after of next) {
    const before = currentById.get(after.id);
    if (!before) {
      diff.added.push(after);
      continue;
    }
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof CatalogEntry>;
    const fields: FieldChange[] = [];
    for (const field of keys) {
      if (stable(before[field]) !== stable(after[field])) fields.push({ field, before: before[field], after: after[field] });
    }
    if (fields.length === 0) diff.unchanged += 1;
    else diff.changed.push({ id: after.id, before, after, fields });
  }
  return diff;
}
