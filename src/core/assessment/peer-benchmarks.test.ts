import { describe, expect, it } from 'vitest';
import { clusterTiers, findCluster, subSectorSuggestions } from '../clients/clusters';
import { bandFor, benchmarksFor, shareAbove } from './peer-benchmarks';

describe('peer benchmarks', () => {
  it('covers the CMMM and quick-check levels, and each distribution adds up to 100 %', () => {
    expect(benchmarksFor('sme-digital-2024')).toBeUndefined();
    const b = benchmarksFor('cmmm-2020');
    for (const d of b?.distributions ?? []) expect(d.bands.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 6);
  });

  it('places a level in its published band and counts the firms ahead (2022: 63 / 21 / 12 / 4 %)', () => {
    const d2022 = benchmarksFor('quick-check')?.distributions.find((d) => d.year === 2022);
    if (!d2022) throw new Error('missing');
    expect([0, 1, 2, 3, 4, 5].map((l) => bandFor(l, d2022)?.share)).toEqual([0.63, 0.63, 0.21, 0.12, 0.04, 0.04]);
    expect(shareAbove(2, d2022)).toBeCloseTo(0.16, 6);
  });
});

describe('33618 clusters', () => {
  it('offers the 3 leading, 3 pillar and 6 distinctive clusters by tier, plus the Fuling pilot sub-sectors', () => {
    expect(
      clusterTiers()
        .slice(0, 3)
        .map((tier) => tier.clusters.length),
    ).toEqual([3, 3, 6]);
    expect(findCluster('equipment')?.name['zh-CN']).toBe('智能装备及智能制造');
    expect(subSectorSuggestions.suggestions).toHaveLength(4);
  });
});
