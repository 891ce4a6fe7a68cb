import type { CatalogEntry } from '../catalog-schema';
import type { Capability } from '../taxonomy';
import { domainCodes } from '../vocabulary';
import type { RecommendInput } from './recommend-types';

/**
 * A unit of maturity that entries raise: a domain of the maturity model, or an SME scenario.
 * Value is counted per unit up to its target, so two solutions for the same gap are not counted twice.
 */
export interface GapUnit {
  key: string;
  kind: 'domain' | 'scenario';
  code: string;
  current: number;
  target: number;
}

/**
 * A lift of one unit by one entry; `from` is the level the entry needs the unit to be at. The entry's
 * main (first) lift can follow another solution that brings the unit to `from`; its other lifts count
 * only where the company already stands at `from`, since they are side effects, not the entry's purpose.
 */
export interface UnitLift {
  unit: number;
  from: number;
  to: number;
  primary: boolean;
}

export function buildGapUnits(input: RecommendInput): GapUnit[] {
  const units: GapUnit[] = [];
  for (const code of domainCodes) {
    const current = input.domainLevels[code];
    if (current === undefined) continue;
    units.push({ key: `domain:${code}`, kind: 'domain', code, current, target: Math.max(current, input.domainTargets[code] ?? current) });
  }
  for (const [code, current] of Object.entries(input.scenarioLevels)) {
    if (current === undefined) continue;
    units.push({ key: `scenario:${code}`, kind: 'scenario', code, current, target: Math.max(current, input.scenarioTarget) });
  }
  return units;
}

/**
 * The entry's lifts in unit terms. Domain lifts keep the entry's from → to. A scenario an entry serves
 * counts as one level up from wherever the company is, since published lists do not grade scenarios.
 */
export function entryUnitLifts(entry: CatalogEntry, units: readonly GapUnit[]): UnitLift[] {
  const lifts: UnitLift[] = [];
  units.forEach((unit, index) => {
    if (unit.kind === 'domain') {
      entry.lifts.forEach((lift, i) => {
        if (lift.domain === unit.code) lifts.push({ unit: index, from: lift.from, to: lift.to, primary: i === 0 });
      });
    } else if (entry.scenarios.includes(unit.code)) {
      lifts.push({ unit: index, from: 0, to: unit.current + 1, primary: false });
    }
  });
  return lifts;
}

/** Capabilities present before any new solution: declared ones, those implied by levels, and those owned entries provide. */
export function baseCapabilities(
  input: RecommendInput,
  capabilities: readonly Capability[],
  entries: readonly CatalogEntry[],
): Set<string> {
  const present = new Set(input.capabilities);
  for (const capability of capabilities) {
    const rule = capability.satisfiedWhen;
    const level = rule ? input.domainLevels[rule.domain] : undefined;
    if (rule && level !== undefined && level >= rule.minLevel) present.add(capability.code);
  }
  const owned = new Set(input.ownedEntryIds);
  for (const entry of entries) if (owned.has(entry.id)) for (const code of entry.provides) present.add(code);
  return present;
}
