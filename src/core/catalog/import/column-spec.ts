import { z } from 'zod';
import columnsJson from '../../../../assets/catalog/import/columns.json';
import valueAliasesJson from '../../../../assets/catalog/import/value-aliases.json';

const columnSchema = z.object({
  key: z.string().min(1),
  required: z.boolean(),
  header: z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  aliases: z.array(z.string()),
});
export type ColumnSpec = z.infer<typeof columnSchema>;
export type ColumnKey = string;

export const importColumns: readonly ColumnSpec[] = z.object({ columns: z.array(columnSchema) }).parse(columnsJson).columns;

const aliasGroup = z.record(z.string(), z.array(z.string()));
export const valueAliases = z
  .object({
    domain: aliasGroup,
    deployment: aliasGroup,
    size: aliasGroup,
    boolean: aliasGroup,
    providerType: aliasGroup,
    gongzhiFeature: aliasGroup,
  })
  .parse(valueAliasesJson);

/** Folds full-width forms, case, spaces and quotes so that "名称（中文）" and "名称(中文)" match. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_]+/g, '')
    .replace(/[“”"'`‘’「」]/g, '');
}

/** The template header: Chinese and English together, so one file serves both audiences. */
export function bilingualHeader(column: ColumnSpec): string {
  return `${column.header['zh-CN']} / ${column.header.en}`;
}

const exactHeaders = new Map<string, ColumnKey>();
const looseHeaders = new Map<string, ColumnKey>();
for (const column of importColumns) {
  for (const label of [column.header['zh-CN'], column.header.en, bilingualHeader(column), column.key]) {
    exactHeaders.set(normalizeLabel(label), column.key);
  }
  for (const alias of column.aliases) looseHeaders.set(normalizeLabel(alias), column.key);
}

/** Which column a header cell names, if any. Tries the whole text, then each "/"-separated part, then without a unit in brackets. */
export function matchHeader(header: string): ColumnKey | undefined {
  const candidates = [header, ...header.split('/')];
  for (const candidate of candidates) {
    const key = normalizeLabel(candidate);
    if (key === '') continue;
    const exact = exactHeaders.get(key) ?? looseHeaders.get(key);
    if (exact) return exact;
    const withoutUnit = key.replace(/\([^)]*\)$/, '');
    const loose = looseHeaders.get(withoutUnit) ?? exactHeaders.get(withoutUnit);
    if (loose) return loose;
  }
  return undefined;
}

/** Finds the code whose alias list contains the value (normalised), e.g. "本地部署" → "on-premises". */
export function lookupAlias(group: Record<string, string[]>, value: string): string | undefined {
  const wanted = normalizeLabel(value);
  for (const [code, aliases] of Object.entries(group)) {
    if (normalizeLabel(code) === wanted) return code;
    if (aliases.some((alias) => normalizeLabel(alias) === wanted)) return code;
  }
  return undefined;
}
