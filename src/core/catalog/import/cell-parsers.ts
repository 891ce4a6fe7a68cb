import type { CatalogTaxonomy } from '../taxonomy';
import { lookupAlias, normalizeLabel, valueAliases } from './column-spec';
import type { ImportErrorCode, SheetCell } from './import-types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ImportErrorCode; params: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: ImportErrorCode, params: Record<string, string | number> = {}): Parsed<never> => ({ ok: false, code, params });

/** Longest text a cell may hold; longer cells are rejected rather than silently cut. */
export const maxCellLength = 4000;

export function cellText(cell: SheetCell): Parsed<string> {
  if (cell === null) return ok('');
  if (typeof cell === 'object')
    return cell.problem === 'formulaWithoutValue'
      ? fail('value.formulaWithoutValue', { formula: cell.text.slice(0, 80) })
      : fail('value.cellError', { value: cell.text.slice(0, 80) });
  const text = String(cell).trim();
  if (text.length > maxCellLength) return fail('value.tooLong', { maximum: maxCellLength, length: text.length });
  return ok(text);
}

export function splitList(text: string): string[] {
  return text
    .split(/[;；,，、|\n\r]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/** Numbers as published: 5, "5", "5万元", "1,200", "15%". Blank gives undefined. */
export function parseNumber(cell: SheetCell): Parsed<number | undefined> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail('value.notANumber', { value: String(cell) });
  const text = cellText(cell);
  if (!text.ok) return text;
  const cleaned = text.value.replace(/[,，\s]|万元|万|萬元|萬|元|%|％|周|週|weeks?/gi, '');
  if (cleaned === '' || cleaned === '-' || cleaned === '—' || cleaned === '无' || cleaned === '無')
    return ok(text.value === '' ? undefined : 0);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return fail('value.notANumber', { value: text.value.slice(0, 80) });
  return ok(Number(cleaned));
}

export function parseBoolean(cell: SheetCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 || cell === 0 ? ok(cell === 1) : fail('value.notABoolean', { value: String(cell) });
  const text = cellText(cell);
  if (!text.ok) return text;
  if (text.value === '') return ok(false);
  const code = lookupAlias(valueAliases.boolean, text.value);
  return code === undefined ? fail('value.notABoolean', { value: text.value.slice(0, 80) }) : ok(code === 'true');
}

/** One code from an alias group, e.g. deployment "本地部署" → "on-premises". Unknown values pass through for the schema to reject with the allowed list. */
export function parseCode(cell: SheetCell, group: Record<string, string[]>): Parsed<string | undefined> {
  const text = cellText(cell);
  if (!text.ok) return text;
  if (text.value === '') return ok(undefined);
  return ok(lookupAlias(group, text.value) ?? text.value);
}

export function parseCodeList(cell: SheetCell, group: Record<string, string[]>): Parsed<string[]> {
  const text = cellText(cell);
  if (!text.ok) return text;
  return ok(splitList(text.value).map((token) => lookupAlias(group, token) ?? token));
}

/** Scenario cells may hold codes ("SME-07") or names in any of the three languages ("质量管理"). */
export function resolveScenario(token: string, taxonomy: CatalogTaxonomy): string | undefined {
  const wanted = normalizeLabel(token);
  for (const scenario of [...taxonomy.smeScenarios.scenarios, ...taxonomy.imsScenarios.scenarios]) {
    if (normalizeLabel(scenario.code) === wanted) return scenario.code;
    if (Object.values(scenario.name).some((name) => name !== undefined && normalizeLabel(name) === wanted)) return scenario.code;
  }
  return undefined;
}

export function resolveCluster(token: string, taxonomy: CatalogTaxonomy): string {
  const wanted = normalizeLabel(token);
  const found = taxonomy.clusters.clusters.find(
    (c) => normalizeLabel(c.code) === wanted || Object.values(c.name).some((n) => n !== undefined && normalizeLabel(n) === wanted),
  );
  return found?.code ?? token;
}

export function resolveCapability(token: string, taxonomy: CatalogTaxonomy): string | undefined {
  const wanted = normalizeLabel(token.replace(/^(cap|capability|能力)[:：]/i, ''));
  return taxonomy.capabilities.find(
    (c) => normalizeLabel(c.code) === wanted || Object.values(c.name).some((n) => n !== undefined && normalizeLabel(n) === wanted),
  )?.code;
}

/** Cluster cells meaning "any cluster". */
export function isAllClusters(text: string): boolean {
  return ['全部', '不限', '通用', '所有', 'all', 'any', '全部行业', '通用行業'].includes(normalizeLabel(text));
}

const liftPattern = /^(.+?)[\s:：(（]*l?([0-5])\s*(?:→|->|—|-|~|～|至|到)\s*l?([0-5])\s*[)）]?$/i;

/** Level lifts as written in lists: "生产:1→2; 数据 L1-L3" → [{domain, from, to}]. */
export function parseLifts(cell: SheetCell): Parsed<{ domain: string; from: number; to: number }[]> {
  const text = cellText(cell);
  if (!text.ok) return text;
  const lifts: { domain: string; from: number; to: number }[] = [];
  for (const token of splitList(text.value)) {
    const match = liftPattern.exec(token.normalize('NFKC'));
    if (!match) return fail('value.badLift', { value: token.slice(0, 80) });
    const [, domainText = '', from = '0', to = '0'] = match;
    const domain = lookupAlias(valueAliases.domain, domainText.trim());
    if (domain === undefined) return fail('value.unknownDomain', { value: domainText.trim().slice(0, 80) });
    lifts.push({ domain, from: Number(from), to: Number(to) });
  }
  return ok(lifts);
}
