import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { recommendInputFromAssessment } from '../../core/catalog/recommend/from-assessment';
import { gapActions, type GapAction } from '../../core/catalog/recommend/gap-actions';
import { planRoadmap, type Roadmap } from '../../core/catalog/recommend/plan-roadmap';
import { defaultRoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { loadActiveCatalog } from '../catalog/catalog-versions';
import { loadRoadmapPreferences, planExactRoadmap } from '../catalog/roadmap-planning';
import type { LoadedResult } from './assessment-results';

/**
 * The result's gaps as actions, each with the catalog entries that help it; those the roadmap plans come
 * first, marked. Without entries (the catalog still loading) the actions carry guidance only.
 */
export function gapActionsOf(loaded: LoadedResult, entries: readonly CatalogEntry[] = [], roadmap?: Roadmap): GapAction[] {
  const planned = new Set(roadmap?.phases.flatMap((p) => p.steps.map((s) => s.entryId)) ?? []);
  return gapActions(loaded.framework, loaded.result, loaded.record.answers, entries, { plannedEntryIds: planned });
}

/**
 * The results screen's and report's actions: the catalog in use, and the roadmap that the company's saved
 * budget and priorities (the defaults when none were saved) give for this result, so that "已在路线图中"
 * says the same as the roadmap tab. The exact plan comes from the roadmap worker; when the worker fails, the
 * built-in search's plan marks the entries instead (the actions themselves do not depend on it).
 */
export async function loadGapActions(loaded: LoadedResult, signal?: AbortSignal): Promise<GapAction[]> {
  const [{ catalog }, saved] = await Promise.all([loadActiveCatalog(), loadRoadmapPreferences(loaded.record.companyId)]);
  const preferences = saved ?? defaultRoadmapPreferences;
  const input = recommendInputFromAssessment(loaded.result, loaded.company ?? {}, {
    priorities: preferences.priorities,
    ambition: preferences.ambition,
  });
  const roadmap = await planExactRoadmap(catalog.entries, input, preferences.funding, signal ? { signal } : {}).catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return planRoadmap(catalog.entries, input, bundledTaxonomy, preferences.funding, null);
  });
  return gapActionsOf(loaded, catalog.entries, roadmap);
}
