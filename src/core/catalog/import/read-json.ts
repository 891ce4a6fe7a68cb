import { catalogEntrySchema, provenanceSchema, type CatalogEntry, type Provenance } from '../catalog-schema';
import { checkCatalogReferences } from '../catalog-checks';
import type { CatalogTaxonomy } from '../taxonomy';
import type { ImportError, ImportLimits } from './import-types';
import { mapSchemaIssue } from './schema-issues';

export type JsonResult = { ok: true; entries: CatalogEntry[]; provenance?: Provenance } | { ok: false; errors: ImportError[] };

/** Where JSON.parse stopped, as line and column, from its message ("… at position 12 (line 1 column 13)"). */
function syntaxPosition(message: string, text: string): { line: number; column: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return { line: 1, column: 1 };
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * A JSON list: either an array of entries or { provenance?, entries }. For JSON the "row" of an error
 * is the entry's number in the list (1-based) and the "column" the field path, e.g. price.oneOffWan.max.
 */
export function readJsonCatalog(text: string, taxonomy: CatalogTaxonomy, limits: ImportLimits): JsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const { line, column } = syntaxPosition(error instanceof Error ? error.message : '', text);
    return { ok: false, errors: [{ row: line, column: String(column), code: 'import.jsonSyntax', params: { line, column } }] };
  }
  const container = Array.isArray(data) ? { entries: data } : data;
  if (typeof container !== 'object' || container === null || !('entries' in container) || !Array.isArray(container.entries)) {
    return { ok: false, errors: [{ row: 1, column: 'entries', code: 'import.jsonShape', params: {} }] };
  }
  const rawEntries: unknown[] = container.entries;
  if (rawEntries.length === 0) return { ok: false, errors: [{ row: 1, column: 'entries', code: 'import.noEntries', params: {} }] };
  if (rawEntries.length > limits.maxRows) {
    return {
      ok: false,
      errors: [{ row: limits.maxRows + 1, column: 'entries', code: 'import.tooManyRows', params: { maximum: limits.maxRows } }],
    };
  }
  const errors: ImportError[] = [];
  let provenance: Provenance | undefined;
  if ('provenance' in container && container.provenance !== undefined) {
    const parsed = provenanceSchema.safeParse(container.provenance);
    if (parsed.success) provenance = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        const mapped = mapSchemaIssue(issue);
        errors.push({ row: 1, column: ['provenance', ...mapped.path.map(String)].join('.'), code: mapped.code, params: mapped.params });
      }
    }
  }
  const entries: CatalogEntry[] = [];
  rawEntries.forEach((raw, index) => {
    if (errors.length >= limits.maxErrors) return;
    const parsed = catalogEntrySchema.safeParse(raw);
    if (parsed.success) entries.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const mapped = mapSchemaIssue(issue);
        errors.push({ row: index + 1, column: mapped.path.map(String).join('.') || 'entry', code: mapped.code, params: mapped.params });
      }
    }
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, limits.maxErrors) };
  const referenceErrors = checkCatalogReferences(entries, taxonomy).map((issue): ImportError => ({
    row: issue.entryIndex + 1,
    column: issue.field,
    code: issue.code,
    params: issue.params,
  }));
  if (referenceErrors.length > 0) return { ok: false, errors: referenceErrors.slice(0, limits.maxErrors) };
  return provenance ? { ok: true, entries, provenance } : { ok: true, entries };
}
