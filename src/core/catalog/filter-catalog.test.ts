import { describe, expect, it } from 'vitest';
import { filterCatalog } from './filter-catalog';
import { loadReferenceCatalog } from './reference-catalog';

const entries = loadReferenceCatalog().entries;

describe('filterCatalog', () => {
  it('filters by scenario, cluster (generic entries always match), price, deployment and eligibility together', () => {
    const result = filterCatalog(entries, {
      scenario: 'SME-07',
      cluster: 'food',
      maxFirstYearWan: 5,
      deployment: 'edge-box',
      eligibility: ['aiVoucher'],
    });
    expect(result.length).toBeGreaterThan(0);
    for (const entry of result) {
      expect(entry.scenarios).toContain('SME-07');
      expect(entry.clusters.length === 0 || entry.clusters.includes('food')).toBe(true);
      expect(entry.price.oneOffWan.max + entry.price.yearlyWan.max).toBeLessThanOrEqual(5);
      expect(entry.deployment).toBe('edge-box');
      expect(entry.eligibility.aiVoucher).toBe(true);
    }
    expect(result.map((e) => e.id)).toContain('inspect-surface-good-parts');
    expect(filterCatalog(entries, { cluster: 'food' }).some((e) => e.id === 'vision-inline-ai')).toBe(false);
  });

  it('finds entries by name in any language', () => {
    expect(filterCatalog(entries, { text: '排产' }).map((e) => e.id)).toContain('aps-scheduling');
    expect(filterCatalog(entries, { text: 'scheduling' }).map((e) => e.id)).toContain('aps-scheduling');
    expect(filterCatalog(entries, { text: '排程' }).map((e) => e.id)).toContain('aps-scheduling');
  });
});
