import { useMemo } from 'react';
import { gapActions, type GapAction } from '../../../core/catalog/recommend/gap-actions';
import { recommendInputFromAssessment } from '../../../core/catalog/recommend/from-assessment';
import { useActiveCatalog } from '../../common/use-active-catalog';
import { useRoadmapPreferences } from '../../common/use-roadmap-preferences';
import { useOptionalRoadmap } from '../../common/use-roadmap';
import type { LoadedResult } from '../../../app/assessment';

const noEntries: never[] = [];
const defaultFunding = { budgetWan: 0, voucherWan: 0, subsidyRate: 0, subsidyCapWan: 0 };

/**
 * The result's gaps as actions, with the catalog entries in use and the roadmap the company's saved budget
 * and priorities give for this result (to mark the entries it plans); the actions come at once and gain
 * their entries when the catalog has loaded.
 */
export function useGapActions(loaded: LoadedResult): GapAction[] {
  const { state } = useActiveCatalog();
  const { settings } = useRoadmapPreferences(loaded.record.companyId);
  const entries = state.status === 'ready' ? state.catalog.entries : noEntries;
  const input = useMemo(
    () => (settings && state.status === 'ready' ? recommendInputFromAssessment(loaded.result, loaded.company ?? {}, { priorities: settings.priorities, ambition: settings.ambition }) : undefined),
    [settings, state.status, loaded.result, loaded.company],
  );
  const roadmap = useOptionalRoadmap(entries, input, settings?.funding ?? defaultFunding);
  return useMemo(() => {
    const planned = new Set(roadmap?.phases.flatMap((p) => p.steps.map((s) => s.entryId)) ?? []);
    return gapActions(loaded.framework, loaded.result, loaded.record.answers, entries, { plannedEntryIds: planned });
  }, [loaded, entries, roadmap]);
}
