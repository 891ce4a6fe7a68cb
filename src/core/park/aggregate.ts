import type { PoolRow } from './pool-row';

export interface GroupStats {
  key: string;
  count: number;
  meanLevel: number;
  /** Count of assessments at each level, index = level. */
  levels: number[];
  /** Mean degree met per domain id. */
  domainMeans: Record<string, number>;
}

export interface ParkView {
  frameworkId: string;
  count: number;
  overall: GroupStats;
  byCluster: GroupStats[];
  bySize: GroupStats[];
  /** Domains by how often they are among an assessment's three weakest, most common first. */
  commonGaps: { domainId: string; count: number; share: number }[];
}

interface Accumulator {
  count: number;
  levelSum: number;
  levels: number[];
  domainSums: Map<string, { sum: number; n: number }>;
}

function empty(): Accumulator {
  return { count: 0, levelSum: 0, levels: [], domainSums: new Map() };
}

function add(acc: Accumulator, row: PoolRow): void {
  acc.count += 1;
  acc.levelSum += row.level;
  acc.levels[row.level] = (acc.levels[row.level] ?? 0) + 1;
  for (const d of row.domains) {
    const s = acc.domainSums.get(d.id) ?? { sum: 0, n: 0 };
    s.sum += d.ratio;
    s.n += 1;
    acc.domainSums.set(d.id, s);
  }
}

function finish(key: string, acc: Accumulator, maxLevel: number): GroupStats {
  const levels = Array.from({ length: maxLevel + 1 }, (_, i) => acc.levels[i] ?? 0);
  const domainMeans = Object.fromEntries([...acc.domainSums].map(([id, s]) => [id, Math.round((s.sum / s.n) * 1000) / 1000]));
  return {
    key,
    count: acc.count,
    meanLevel: acc.count === 0 ? 0 : Math.round((acc.levelSum / acc.count) * 100) / 100,
    levels,
    domainMeans,
  };
}

/** The framework with the most pooled assessments (the natural one to show first). */
export function mainFramework(rows: readonly PoolRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.frameworkId, (counts.get(r.frameworkId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * The park's picture for one framework (levels of different frameworks are not comparable): level
 * distribution and domain means overall, by cluster and by size, and the most common gaps. One pass.
 */
export function aggregatePark(rows: readonly PoolRow[], frameworkId: string): ParkView {
  const overall = empty();
  const clusters = new Map<string, Accumulator>();
  const sizes = new Map<string, Accumulator>();
  const gapCounts = new Map<string, number>();
  let maxLevel = 0;
  for (const row of rows) {
    if (row.frameworkId !== frameworkId) continue;
    maxLevel = Math.max(maxLevel, row.level);
    add(overall, row);
    const cluster = row.company.cluster ?? '';
    const size = row.company.size ?? '';
    let c = clusters.get(cluster);
    if (!c) clusters.set(cluster, (c = empty()));
    add(c, row);
    let s = sizes.get(size);
    if (!s) sizes.set(size, (s = empty()));
    add(s, row);
    const weakest = [...row.domains].sort((a, b) => a.ratio - b.ratio || (a.id < b.id ? -1 : 1)).slice(0, 3);
    for (const d of weakest) gapCounts.set(d.id, (gapCounts.get(d.id) ?? 0) + 1);
  }
  const byCount = (a: GroupStats, b: GroupStats) => b.count - a.count || a.key.localeCompare(b.key);
  return {
    frameworkId,
    count: overall.count,
    overall: finish('', overall, maxLevel),
    byCluster: [...clusters].map(([k, acc]) => finish(k, acc, maxLevel)).sort(byCount),
    bySize: [...sizes].map(([k, acc]) => finish(k, acc, maxLevel)).sort(byCount),
    commonGaps: [...gapCounts]
      .map(([domainId, count]) => ({ domainId, count, share: overall.count === 0 ? 0 : Math.round((count / overall.count) * 1000) / 1000 }))
      .sort((a, b) => b.count - a.count || a.domainId.localeCompare(b.domainId)),
  };
}
