import type { AssessmentResult, NodeScore } from './result-types';

export interface NodeChange {
  id: string;
  before: number | null;
  after: number | null;
  /** after − before in the node's ratio (0–1), null when either side does not apply. */
  change: number | null;
}

export interface ResultComparison {
  totalBefore: number;
  totalAfter: number;
  totalChange: number;
  levelBefore: number;
  levelAfter: number;
  /** Domains, biggest move (up or down) first. */
  domains: NodeChange[];
  subDomains: NodeChange[];
}

function changes(before: NodeScore[], after: NodeScore[]): NodeChange[] {
  const prior = new Map(before.map((n) => [n.id, n]));
  return after
    .map((n): NodeChange => {
      const b = prior.get(n.id);
      const beforeRatio = b?.applicable ? b.ratio : null;
      const afterRatio = n.applicable ? n.ratio : null;
      return {
        id: n.id,
        before: beforeRatio,
        after: afterRatio,
        change: beforeRatio !== null && afterRatio !== null ? Math.round((afterRatio - beforeRatio) * 10_000) / 10_000 : null,
      };
    })
    .sort((x, y) => Math.abs(y.change ?? 0) - Math.abs(x.change ?? 0));
}

/** What moved between two results of the same framework, and by how much. */
export function compareResults(before: AssessmentResult, after: AssessmentResult): ResultComparison {
  return {
    totalBefore: before.totalScore,
    totalAfter: after.totalScore,
    totalChange: Math.round((after.totalScore - before.totalScore) * 10_000) / 10_000,
    levelBefore: before.level,
    levelAfter: after.level,
    domains: changes(before.domains, after.domains),
    subDomains: changes(before.subDomains, after.subDomains),
  };
}

/** Strongest and weakest applicable domains by ratio (ties keep framework order). */
export function strongestAndWeakest(result: AssessmentResult, count = 3): { strongest: NodeScore[]; weakest: NodeScore[] } {
  const applicable = result.domains.filter((d) => d.applicable);
  const byRatio = [...applicable].sort((a, b) => b.ratio - a.ratio);
  const strongest = byRatio.slice(0, count);
  const weakest = [...applicable].sort((a, b) => a.ratio - b.ratio).slice(0, count);
  return { strongest, weakest };
}
