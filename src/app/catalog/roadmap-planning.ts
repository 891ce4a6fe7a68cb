import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import type { Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import type { RoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import type { FundingInput, RecommendInput } from '../../core/catalog/recommend/recommend-types';
import type { ScenarioRule } from '../../core/catalog/recommend/rule-plan';
import type { SheetSpec } from '../../core/catalog/write-workbook';
import { appRoot, repositories } from '../root';

/** Starts the roadmap worker ahead of the first request, so that its start overlaps the wait for settled inputs. */
let warmed = false;

export function warmRoadmapPlanner(): void {
  if (warmed) return;
  warmed = true;
  // Only the start matters here: a failure shows on the first real call.
  appRoot().then(
    (root) => root.workers.roadmap.call('warm', []).catch(() => undefined),
    () => undefined,
  );
}

export interface ExactRoadmapOptions {
  /** Aborting rejects with WorkerClosedError. */
  signal?: AbortSignal;
  /** Also say whether the target fits the budget and the smallest budget that does (planRoadmap's goal option). */
  goal?: boolean;
  /** SME digital level: the next level's scenario rule (planRoadmap's rule option). */
  rule?: ScenarioRule;
}

/**
 * The proven-optimal roadmap from the roadmap worker (the exact solver runs only there, so its WebAssembly
 * never loads on the screen's thread). Rejects when the worker fails (callers keep the built-in search's plan)
 * and with WorkerClosedError when `signal` aborts. The worker answers requests in turn.
 */
export async function planExactRoadmap(
  entries: readonly CatalogEntry[],
  input: RecommendInput,
  funding: FundingInput,
  options: ExactRoadmapOptions = {},
): Promise<Roadmap> {
  const { workers } = await appRoot();
  const goals = { goal: options.goal === true, ...(options.rule ? { rule: options.rule } : {}) };
  return workers.roadmap.call('plan', [[...entries], input, funding, goals], options.signal ? { signal: options.signal } : {});
}

/** A company's saved roadmap settings; undefined when none were saved. */
export async function loadRoadmapPreferences(companyId: string): Promise<RoadmapPreferences | undefined> {
  return (await repositories()).roadmapPreferences.get(companyId);
}

export async function saveRoadmapPreferences(companyId: string, preferences: RoadmapPreferences): Promise<void> {
  await (await repositories()).roadmapPreferences.save(companyId, preferences);
}

/** The sheets written as one XLSX workbook, in the catalog-file worker (exceljs never loads on the screen). */
export async function workbookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const { workers } = await appRoot();
  return workers.catalogFiles.call('workbook', [sheets]);
}
