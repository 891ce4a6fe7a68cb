import type { CatalogEntry } from '../catalog-schema';
import type { CatalogTaxonomy } from '../taxonomy';
import type { PriorityCode } from '../vocabulary';
import { baseCapabilities, buildGapUnits, entryUnitLifts, type GapUnit, type UnitLift } from './gap-units';
import type { RecommendInput } from './recommend-types';

/** Points per maturity level gained on one unit; priority benefits are scaled against it. */
export const levelPoints = 10;
/** Points for a KPI effect of 10 % on a priority weighted 1. */
const benefitPoints = 5;
const misfitPenalty = 4;
const safetyScenarios = new Set(['SME-09', 'IMS-14', 'IMS-15', 'IMS-18']);

export interface PlanItem {
  index: number;
  entry: CatalogEntry;
  /** First-year cost in hundredths of 万元 (one-off + one year), at the top of the price band. */
  cost: number;
  voucherEligible: boolean;
  subsidyEligible: boolean;
  lifts: UnitLift[];
  /** The entry's first lift is its main one: the company must be at its `from` level first. */
  primary: UnitLift | undefined;
  needsEntries: string[];
  needsCapabilities: string[];
  /** Priority benefit after cluster fit, minus misfit penalties; may be negative. */
  bonus: number;
  benefitByPriority: Partial<Record<PriorityCode, number>>;
  clusterFit: 'match' | 'generic' | 'mismatch' | 'unknown';
  sizeFit: boolean;
  /** Static upper bound of the level points this entry can ever add. */
  levelBound: number;
}

export interface PlanProblem {
  units: GapUnit[];
  items: PlanItem[];
  baseCapabilities: Set<string>;
  owned: Set<string>;
}

function priorityRelevance(entry: CatalogEntry): Record<PriorityCode, number> {
  const k = entry.kpiEffects;
  const pct = (v: number | undefined) => v ?? 0;
  return {
    quality: pct(k.quality),
    cost: (pct(k.labour) + pct(k.inventory) + pct(k.energy)) / 2,
    delivery: pct(k.oee) + pct(k.inventory) / 2,
    energy: pct(k.energy),
    safety: entry.scenarios.some((s) => safetyScenarios.has(s)) ? 15 : 0,
  };
}

/**
 * The most level points the entry can add whatever else is chosen: a main lift starts at best at
 * max(current, from); a side lift counts only from the current level. Lifts on one unit do not add up.
 */
function liftBound(lifts: readonly UnitLift[], units: readonly GapUnit[]): number {
  const perUnit = new Map<number, number>();
  for (const lift of lifts) {
    const unit = units[lift.unit];
    if (!unit || (!lift.primary && lift.from > unit.current)) continue;
    const gain = Math.max(0, Math.min(lift.to, unit.target) - Math.max(unit.current, lift.from));
    perUnit.set(lift.unit, Math.max(perUnit.get(lift.unit) ?? 0, gain));
  }
  return [...perUnit.values()].reduce((sum, gain) => sum + gain * levelPoints, 0);
}

export function compileProblem(entries: readonly CatalogEntry[], input: RecommendInput, taxonomy: CatalogTaxonomy): PlanProblem {
  const units = buildGapUnits(input);
  const owned = new Set(input.ownedEntryIds);
  const base = baseCapabilities(input, taxonomy.capabilities, entries);
  // A price on request (待定/面议) cannot be budgeted: such entries are listed beside the plan, not in it.
  const items = entries
    .filter((e) => !owned.has(e.id) && e.price.onRequest !== true)
    .map((entry, index): PlanItem => {
      const lifts = entryUnitLifts(entry, units);
      const firstLift = entry.lifts[0];
      const primaryUnit = firstLift ? units.findIndex((u) => u.kind === 'domain' && u.code === firstLift.domain) : -1;
      const primary =
        firstLift && primaryUnit >= 0 ? { unit: primaryUnit, from: firstLift.from, to: firstLift.to, primary: true } : undefined;
      const relevance = priorityRelevance(entry);
      const benefitByPriority: Partial<Record<PriorityCode, number>> = {};
      let benefit = 0;
      for (const [priority, weight] of Object.entries(input.priorities) as [PriorityCode, number][]) {
        const points = weight * Math.min(2, relevance[priority] / 10) * benefitPoints;
        if (points > 0) benefitByPriority[priority] = points;
        benefit += points;
      }
      const cluster = input.company.cluster;
      const clusterFit =
        entry.clusters.length === 0
          ? 'generic'
          : cluster === undefined
            ? 'unknown'
            : entry.clusters.includes(cluster)
              ? 'match'
              : 'mismatch';
      const sizeFit = input.company.size === undefined || entry.sizes.includes(input.company.size);
      const factor = clusterFit === 'match' ? 1.25 : clusterFit === 'mismatch' ? 0.5 : 1;
      const bonus = benefit * factor - (clusterFit === 'mismatch' ? misfitPenalty : 0) - (sizeFit ? 0 : misfitPenalty);
      const levelBound = liftBound(lifts, units);
      return {
        index,
        entry,
        cost: Math.round((entry.price.oneOffWan.max + entry.price.yearlyWan.max) * 100),
        voucherEligible: entry.eligibility.aiVoucher,
        subsidyEligible: entry.eligibility.citySubsidy,
        lifts,
        primary,
        needsEntries: entry.prerequisites.flatMap((p) => (p.kind === 'entry' && !owned.has(p.id) ? [p.id] : [])),
        needsCapabilities: entry.prerequisites.flatMap((p) => (p.kind === 'capability' && !base.has(p.code) ? [p.code] : [])),
        bonus,
        benefitByPriority,
        clusterFit,
        sizeFit,
        levelBound,
      };
    });
  return { units, items, baseCapabilities: base, owned };
}
