import type { CatalogEntry } from './catalog-schema';
import type { ScenarioList } from './taxonomy';

export interface ScenarioCoverage {
  covered: string[];
  missing: string[];
}

/** Which scenarios of a list at least one entry serves. */
export function scenarioCoverage(entries: readonly CatalogEntry[], list: ScenarioList): ScenarioCoverage {
  const served = new Set(entries.flatMap((e) => e.scenarios));
  const codes = list.scenarios.map((s) => s.code);
  return { covered: codes.filter((c) => served.has(c)), missing: codes.filter((c) => !served.has(c)) };
}
