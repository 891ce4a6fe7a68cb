import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import type { PriorityCode } from '../vocabulary';
import { possibleProviders } from './plan-order';
import { compileProblem, levelPoints, type PlanItem, type PlanProblem } from './plan-problem';
import type { ExplanationPart, RecommendInput } from './recommend-types';

export type RecommendationStatus = 'ready' | 'deferred' | 'blocked';

export interface Recommendation {
  entry: CatalogEntry;
  /** Level points it can add plus priority benefit after fit: what the list is sorted by. */
  score: number;
  /** Maturity levels it can add, summed over the gaps it touches. */
  levelGain: number;
  status: RecommendationStatus;
  /** For deferred ones: entries to do first, in order. */
  after: string[];
  /** 'gap' when it closes a gap itself; 'prerequisite' when it is listed because others need it. */
  role: 'gap' | 'prerequisite';
  explanation: ExplanationPart[];
}

const priorityKpi: Record<Exclude<PriorityCode, 'safety'>, readonly ('quality' | 'oee' | 'energy' | 'inventory' | 'labour')[]> = {
  quality: ['quality'],
  cost: ['labour', 'inventory', 'energy'],
  delivery: ['oee', 'inventory'],
  energy: ['energy'],
};

function explain(problem: PlanProblem, item: PlanItem, input: RecommendInput): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  for (const lift of item.lifts) {
    const unit = problem.units[lift.unit];
    if (!unit || lift.to <= unit.current || unit.target <= unit.current) continue;
    if (!lift.primary && lift.from > unit.current) continue;
    if (unit.kind === 'domain')
      parts.push({
        key: 'explain.domainGap',
        params: { domain: unit.code, current: unit.current, to: Math.min(lift.to, unit.target), target: unit.target },
      });
    else parts.push({ key: 'explain.scenarioGap', params: { scenario: unit.code, current: unit.current, target: unit.target } });
  }
  const ranked = (Object.entries(item.benefitByPriority) as [PriorityCode, number][]).sort((a, b) => b[1] - a[1]);
  for (const [priority] of ranked.slice(0, 2)) {
    if (priority === 'safety') {
      parts.push({ key: 'explain.safety', params: { priority } });
      continue;
    }
    const effects = priorityKpi[priority].map((kpi) => [kpi, item.entry.kpiEffects[kpi] ?? 0] as const).sort((a, b) => b[1] - a[1]);
    const [kpi, percent] = effects[0] ?? ['quality', 0];
    // One sentence per priority and KPI, so the figure given is one that serves the priority named.
    if (percent > 0) parts.push({ key: `explain.priorityReason.${priority}_${kpi}`, params: { priority, kpi, percent } });
  }
  if (item.clusterFit === 'match' && input.company.cluster)
    parts.push({ key: 'explain.clusterMatch', params: { cluster: input.company.cluster } });
  if (item.clusterFit === 'mismatch' && input.company.cluster)
    parts.push({ key: 'explain.clusterMismatch', params: { cluster: input.company.cluster } });
  if (!item.sizeFit && input.company.size) parts.push({ key: 'explain.sizeMismatch', params: { size: input.company.size } });
  if (item.entry.eligibility.aiVoucher) parts.push({ key: 'explain.voucher', params: {} });
  if (item.entry.eligibility.citySubsidy) parts.push({ key: 'explain.subsidy', params: {} });
  if (item.entry.gongzhiFeature === 'inspect') parts.push({ key: 'explain.inspect', params: {} });
  return parts;
}

interface Resolution {
  after: string[];
  blocked: ExplanationPart[];
}

/** What must come first for an item, choosing for each missing need the cheapest provider that can itself be resolved. */
/** Providers by entry id, by capability and by (unit, level), each cheapest first: built once per list. */
interface ProviderIndex {
  byId: Map<string, PlanItem[]>;
  byCapability: Map<string, PlanItem[]>;
  byLevel: Map<string, PlanItem[]>;
}

function providerIndex(problem: PlanProblem): ProviderIndex {
  // A stable sort of the list as it stands, as the per-need filter-and-sort did before.
  const sorted = [...problem.items].sort((a, b) => a.cost - b.cost);
  const byId = new Map<string, PlanItem[]>();
  const byCapability = new Map<string, PlanItem[]>();
  for (const item of sorted) {
    byId.set(item.entry.id, [...(byId.get(item.entry.id) ?? []), item]);
    for (const code of item.entry.provides) byCapability.set(code, [...(byCapability.get(code) ?? []), item]);
  }
  return { byId, byCapability, byLevel: new Map() };
}

function levelProviders(problem: PlanProblem, index: ProviderIndex, item: PlanItem): PlanItem[] {
  const primary = item.primary;
  if (!primary) return [];
  const key = `${primary.unit}:${primary.from}`;
  const known = index.byLevel.get(key);
  if (known) return known;
  // Who can bring the unit to `from` depends only on the unit and `from`, not on the item asking.
  const providers = new Set(possibleProviders(problem, { ...item, needsEntries: [], needsCapabilities: [] }, problem.items));
  const list = [...problem.items].sort((a, b) => a.cost - b.cost).filter((p) => providers.has(p));
  index.byLevel.set(key, list);
  return list;
}

function resolve(
  problem: PlanProblem,
  index: ProviderIndex,
  item: PlanItem,
  depth: number,
  seen: Set<PlanItem>,
  memo: Map<PlanItem, Resolution>,
): Resolution {
  const known = memo.get(item);
  if (known) return known;
  const after: string[] = [];
  const blocked: ExplanationPart[] = [];
  const needs: { part: ExplanationPart; providers: readonly PlanItem[] }[] = [
    ...item.needsEntries.map((id) => ({
      part: { key: 'explain.blockedEntry', params: { entry: id } },
      providers: index.byId.get(id) ?? [],
    })),
    ...item.needsCapabilities.map((code) => ({
      part: { key: 'explain.blockedCapability', params: { capability: code } },
      providers: index.byCapability.get(code) ?? [],
    })),
  ];
  const primary = item.primary;
  const unit = primary ? problem.units[primary.unit] : undefined;
  if (primary && unit && primary.from > unit.current) {
    needs.push({
      part: { key: 'explain.blockedLevel', params: { domain: unit.code, level: primary.from } },
      providers: levelProviders(problem, index, item),
    });
  }
  for (const need of needs) {
    const candidates = need.providers.filter((p) => p !== item && !seen.has(p));
    let chosen: Resolution | undefined;
    let provider: PlanItem | undefined;
    for (const candidate of depth < 6 ? candidates : []) {
      const sub = resolve(problem, index, candidate, depth + 1, new Set([...seen, item]), memo);
      if (sub.blocked.length === 0) {
        chosen = sub;
        provider = candidate;
        break;
      }
    }
    if (!provider || !chosen) blocked.push(need.part);
    else for (const id of [...chosen.after, provider.entry.id]) if (!after.includes(id)) after.push(id);
  }
  // Only results found without a loop guard cutting the search short are reused.
  if (seen.size === 0 || blocked.length === 0) memo.set(item, { after, blocked });
  return { after, blocked };
}

/**
 * Solutions for the assessment's gaps, best first. A solution whose prerequisite is missing is never
 * listed alone: it is deferred behind the entries that provide it (which are listed too), or shown as
 * blocked with what is missing when no entry in the list provides it.
 */
export function recommend(
  entries: readonly CatalogEntry[],
  input: RecommendInput,
  taxonomy: CatalogTaxonomy,
  problem: PlanProblem = compileProblem(entries, input, taxonomy),
): Recommendation[] {
  const byId = new Map(problem.items.map((item) => [item.entry.id, item]));
  const memo = new Map<PlanItem, Resolution>();
  const index = providerIndex(problem);
  const list = new Map<string, Recommendation>();
  const add = (item: PlanItem, role: Recommendation['role']) => {
    const resolution = resolve(problem, index, item, 0, new Set(), memo);
    const status: RecommendationStatus = resolution.blocked.length > 0 ? 'blocked' : resolution.after.length > 0 ? 'deferred' : 'ready';
    const explanation = [...explain(problem, item, input), ...(status === 'blocked' ? resolution.blocked : [])];
    if (status === 'deferred') explanation.push({ key: 'explain.after', params: { entries: resolution.after.join(',') } });
    list.set(item.entry.id, {
      entry: item.entry,
      score: item.levelBound + item.bonus,
      levelGain: item.levelBound / levelPoints,
      status,
      after: resolution.after,
      role,
      explanation,
    });
    return resolution;
  };
  const gapItems = problem.items.filter((item) => item.levelBound > 0);
  for (const item of gapItems) add(item, 'gap');
  for (const recommendation of [...list.values()]) {
    for (const id of recommendation.after) {
      const provider = byId.get(id);
      if (provider && !list.has(id)) add(provider, 'prerequisite');
    }
  }
  // Who waits for whom, in list order, built in one pass rather than a scan of the list per entry.
  const enablesOf = new Map<string, string[]>();
  for (const r of list.values()) for (const id of new Set(r.after)) enablesOf.set(id, [...(enablesOf.get(id) ?? []), r.entry.id]);
  for (const recommendation of list.values()) {
    const enables = enablesOf.get(recommendation.entry.id) ?? [];
    if (enables.length > 0) recommendation.explanation.push({ key: 'explain.enables', params: { entries: enables.slice(0, 3).join(',') } });
  }
  return [...list.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
