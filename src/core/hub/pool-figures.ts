import { aggregatePark, type GroupStats } from '../park/aggregate';
import type { PoolRow } from '../park/pool-row';
import { POOL_MIN_COMPANIES, type PooledFigures, type PooledGroup } from './sync-protocol';

function guard(group: GroupStats): PooledGroup {
  return group.count < POOL_MIN_COMPANIES ? { withheld: true, key: group.key } : { withheld: false, ...group };
}

/**
 * The park's pooled figures for one framework, from one row per company (its latest assessment): the same
 * aggregation as the park view, with every group of fewer than five companies withheld so that no figure
 * can be traced back to one company. When the whole park has fewer than five, nothing but the count is given.
 */
export function poolFigures(latestPerCompany: readonly PoolRow[], frameworkId: string): PooledFigures {
  const view = aggregatePark(latestPerCompany, frameworkId);
  if (view.count < POOL_MIN_COMPANIES)
    return { frameworkId, companies: view.count, withheld: true, byCluster: [], bySize: [], commonGaps: [] };
  return {
    frameworkId,
    companies: view.count,
    withheld: false,
    overall: view.overall,
    byCluster: view.byCluster.map(guard),
    bySize: view.bySize.map(guard),
    commonGaps: view.commonGaps,
  };
}
