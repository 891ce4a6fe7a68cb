import { domainCodes, priorityCodes, type DomainCode, type PriorityCode } from '../vocabulary';
import type { FundingInput } from './recommend-types';

/** What a user sets for a company's roadmap: kept per company, used by the Solutions screen and the report. */
export interface RoadmapPreferences {
  priorities: Record<PriorityCode, number>;
  funding: FundingInput;
  /** Levels to aim above the current one (1 or 2). */
  ambition: number;
  /** Used only while the company has no completed assessment. */
  assumedLevels: Record<DomainCode, number>;
}

export const defaultRoadmapPreferences: RoadmapPreferences = {
  priorities: { quality: 2, cost: 2, delivery: 1, energy: 1, safety: 1 },
  funding: { budgetWan: 30, voucherWan: 5, subsidyRate: 0.3, subsidyCapWan: 10 },
  ambition: 1,
  assumedLevels: Object.fromEntries(domainCodes.map((code) => [code, 1])) as Record<DomainCode, number>,
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number in [min, max], or the fallback: a stored row may hold anything a restored backup wrote. */
function within(value: unknown, min: number, max: number, fallback: number, integer = false): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
    ? value
    : fallback;
}

/** Stored preferences read back field by field: a bad or missing field takes its default, the rest is kept. */
export function readRoadmapPreferences(stored: unknown): RoadmapPreferences {
  const base = defaultRoadmapPreferences;
  if (!isRecord(stored)) return base;
  const priorities = isRecord(stored.priorities) ? stored.priorities : {};
  const funding = isRecord(stored.funding) ? stored.funding : {};
  const levels = isRecord(stored.assumedLevels) ? stored.assumedLevels : {};
  return {
    priorities: Object.fromEntries(
      priorityCodes.map((code) => [code, within(priorities[code], 0, 3, base.priorities[code], true)]),
    ) as Record<PriorityCode, number>,
    funding: {
      budgetWan: within(funding.budgetWan, 0, 1e6, base.funding.budgetWan),
      voucherWan: within(funding.voucherWan, 0, 1e6, base.funding.voucherWan),
      subsidyRate: within(funding.subsidyRate, 0, 1, base.funding.subsidyRate),
      subsidyCapWan: within(funding.subsidyCapWan, 0, 1e6, base.funding.subsidyCapWan),
    },
    ambition: within(stored.ambition, 1, 2, base.ambition, true),
    assumedLevels: Object.fromEntries(
      domainCodes.map((code) => [code, within(levels[code], 0, 5, base.assumedLevels[code], true)]),
    ) as Record<DomainCode, number>,
  };
}
