import type { DomainCode } from '../vocabulary';
import { support, totalsOf, unitReach } from './evaluate-plan';
import type { GapUnit } from './gap-units';
import { possibleProviders } from './plan-order';
import type { PlanItem, PlanProblem } from './plan-problem';
import type { FundingInput } from './recommend-types';

export type PhaseKind = 'quickWins' | 'foundation' | 'advanced';
export const phaseKinds: readonly PhaseKind[] = ['quickWins', 'foundation', 'advanced'];

export interface RoadmapStep {
  entryId: string;
  /** Entries in this roadmap it waits for. */
  after: string[];
  startWeek: number;
  endWeek: number;
  costWan: number;
}

export interface RoadmapPhase {
  kind: PhaseKind;
  steps: RoadmapStep[];
  /** First-year cost at the top of the price bands, 万元. */
  costWan: number;
  voucherWan: number;
  subsidyWan: number;
  netCostWan: number;
  startWeek: number;
  endWeek: number;
  /** Expected level per assessed domain once this phase is done. */
  domainLevels: Partial<Record<DomainCode, number>>;
  /** Expected overall level once this phase is done (estimate: no domain can lag behind it). */
  overallLevel: number;
  /** Domains and scenarios this phase is expected to raise, with the level before and after it. */
  raised: UnitRaise[];
}

export interface UnitRaise {
  kind: GapUnit['kind'];
  code: string;
  from: number;
  to: number;
}

/** Quick wins: short, cheap and needing nothing new. */
const quickWinWeeks = 6;
const quickWinCost = 500;
/** Domains that other solutions build on. */
const foundationDomains = new Set<string>(['network', 'data', 'integration', 'security', 'equipment', 'skills', 'strategy']);

const wan = (hundredths: number) => Math.round(hundredths) / 100;

/**
 * Splits the chosen items into quick wins → foundation → advanced, never putting an item in an earlier
 * phase than what it waits for, and computes cost, support, timeline and expected levels per phase.
 */
export function buildPhases(problem: PlanProblem, items: readonly PlanItem[], funding: FundingInput, overallLevel: number): RoadmapPhase[] {
  const waitsFor = new Map<PlanItem, PlanItem[]>(
    items.map((item) => [item, possibleProviders(problem, item, items).filter((p) => items.indexOf(p) < items.indexOf(item))]),
  );
  const isProvider = (item: PlanItem) => items.some((other) => waitsFor.get(other)?.includes(item));
  const phaseOf = new Map<PlanItem, number>();
  for (const item of items) {
    const providers = waitsFor.get(item) ?? [];
    const primaryDomain = item.entry.lifts[0]?.domain ?? '';
    let base = 2;
    if (providers.length === 0 && item.entry.implementationWeeks.max <= quickWinWeeks && item.cost <= quickWinCost) base = 0;
    else if (isProvider(item) || foundationDomains.has(primaryDomain)) base = 1;
    phaseOf.set(item, Math.max(base, ...providers.map((p) => phaseOf.get(p) ?? 0)));
  }
  const phases: RoadmapPhase[] = [];
  const done: PlanItem[] = [];
  let week = 0;
  let previousSupport = { voucher: 0, subsidy: 0 };
  let previousReach = unitReach(problem, []);
  phaseKinds.forEach((kind, index) => {
    const members = items.filter((item) => phaseOf.get(item) === index);
    if (members.length === 0) return;
    const end = new Map<PlanItem, number>();
    const steps = members.map((item): RoadmapStep => {
      const waits = (waitsFor.get(item) ?? []).filter((p) => members.includes(p));
      const start = Math.max(week, ...waits.map((p) => end.get(p) ?? week));
      end.set(item, start + item.entry.implementationWeeks.max);
      return {
        entryId: item.entry.id,
        after: (waitsFor.get(item) ?? []).map((p) => p.entry.id),
        startWeek: start,
        endWeek: start + item.entry.implementationWeeks.max,
        costWan: wan(item.cost),
      };
    });
    done.push(...members);
    const cumulative = support(totalsOf(done), funding);
    const cost = members.reduce((sum, item) => sum + item.cost, 0);
    const voucher = cumulative.voucher - previousSupport.voucher;
    const subsidy = cumulative.subsidy - previousSupport.subsidy;
    previousSupport = cumulative;
    const reach = unitReach(problem, done);
    const domainLevels: Partial<Record<DomainCode, number>> = {};
    problem.units.forEach((unit, u) => {
      if (unit.kind === 'domain') domainLevels[unit.code as DomainCode] = reach[u] ?? unit.current;
    });
    const raised = problem.units.flatMap((unit, u): UnitRaise[] => {
      const from = previousReach[u] ?? unit.current;
      const to = reach[u] ?? from;
      return to > from ? [{ kind: unit.kind, code: unit.code, from, to }] : [];
    });
    previousReach = reach;
    const levels = Object.values(domainLevels);
    const endWeek = Math.max(week, ...steps.map((s) => s.endWeek));
    phases.push({
      kind,
      steps,
      costWan: wan(cost),
      voucherWan: wan(voucher),
      subsidyWan: wan(subsidy),
      netCostWan: wan(cost - voucher - subsidy),
      startWeek: week,
      endWeek,
      domainLevels,
      raised,
      overallLevel: levels.length > 0 ? Math.max(overallLevel, Math.min(...levels)) : overallLevel,
    });
    week = endWeek;
  });
  return phases;
}
