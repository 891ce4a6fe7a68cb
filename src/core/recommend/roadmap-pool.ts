import type { PlanItem, PlanProblem } from './plan-problem';
import type { Recommendation } from './recommend';

/** How many of the best recommendations the optimiser chooses among (plus everything that could enable them). */
export const defaultShortlist = 20;

/**
 * The optimiser's pool: the best `shortlist` recommendations that are not blocked, and the entries the
 * recommendations put before them. The search is exact over this pool, not over the whole catalog.
 */
export function roadmapPool(problem: PlanProblem, recommendations: readonly Recommendation[], shortlist = defaultShortlist): PlanItem[] {
  const byId = new Map(problem.items.map((item) => [item.entry.id, item]));
  const pool = new Set<PlanItem>();
  const queue: PlanItem[] = [];
  for (const recommendation of recommendations.filter((r) => r.role === 'gap' && r.status !== 'blocked').slice(0, shortlist)) {
    const item = byId.get(recommendation.entry.id);
    if (item) queue.push(item);
  }
  while (queue.length > 0) {
    const item = queue.pop();
    if (!item || pool.has(item)) continue;
    pool.add(item);
    const recommendation = recommendations.find((r) => r.entry.id === item.entry.id);
    for (const id of recommendation?.after ?? []) {
      const provider = byId.get(id);
      if (provider) queue.push(provider);
    }
  }
  return problem.items.filter((item) => pool.has(item));
}
