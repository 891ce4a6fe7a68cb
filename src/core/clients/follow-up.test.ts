import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { loadReferenceCatalog } from '../catalog/reference-catalog';
import { bundledTaxonomy } from '../catalog/taxonomy';
import { planRoadmap } from '../catalog/recommend/plan-roadmap';
import { demoRows } from '../demo/demo-records';
import { bundledSamples } from '../demo/bundled-samples';
import { followUpInput, followUpRow, followUpSummary } from './follow-up';

const funding = { budgetWan: 60, voucherWan: 5, subsidyRate: 0.3, subsidyCapWan: 10 };
const choices = { priorities: { quality: 2, cost: 2, delivery: 1, energy: 1, safety: 1 }, ambition: 1 };

describe('followUpRow', () => {
  const rows = demoRows(bundledSamples(), 'zh-CN', '2026-11-01T00:00:00.000Z');
  const company = rows.companies[0];
  if (!company) throw new Error('no sample');
  const records = rows.assessments.filter((a) => a.companyId === company.id);

  it('gives the level, the three weakest domains and roadmap solutions within the budget', () => {
    const row = followUpRow(company, records, loadReferenceCatalog().entries, funding, choices);
    expect(row.assessment?.level).toBeGreaterThanOrEqual(0);
    expect(row.topGaps).toHaveLength(3);
    const latest = records.find((r) => r.frameworkId === row.assessment?.frameworkId)?.result;
    const ratios = new Map(latest?.domains.map((d) => [d.id, d.ratio]));
    const weakest = Math.min(...(latest?.domains.filter((d) => d.applicable).map((d) => d.ratio) ?? []));
    expect(ratios.get(row.topGaps[0] ?? '')).toBe(weakest);
    expect(row.solutions.length).toBeGreaterThan(0);
    expect(row.netCostWan).toBeLessThanOrEqual(funding.budgetWan);
    expect(row.contactName).toBe(company.contactName);
  });

  it('leaves level, gaps and solutions empty for a client not yet assessed', () => {
    const row = followUpRow(company, [], loadReferenceCatalog().entries, funding, choices);
    expect(row.assessment).toBeUndefined();
    expect(row).toMatchObject({ topGaps: [], solutions: [], costWan: 0 });
  });

  it('shows the proven plan it is handed for the input it gives (the app plans in the roadmap worker)', async () => {
    const entries = loadReferenceCatalog().entries;
    expect(followUpInput(company, [], choices)).toBeUndefined();
    const input = followUpInput(company, records, choices);
    expect(input).toBeDefined();
    if (!input) return;
    const proven = planRoadmap(entries, input, bundledTaxonomy, funding, await loadHighs());
    expect(proven.proven).toBe(true);
    const row = followUpRow(company, records, entries, funding, choices, proven);
    expect(row.solutions).toEqual(proven.phases.flatMap((p) => p.steps.map((s) => s.entryId)).slice(0, 5));
    expect(row.netCostWan).toBe(proven.netCostWan);
    // Without one it plans itself, with the same input.
    const own = followUpRow(company, records, entries, funding, choices);
    expect(own.solutions).toEqual(
      planRoadmap(entries, input, bundledTaxonomy, funding)
        .phases.flatMap((p) => p.steps.map((s) => s.entryId))
        .slice(0, 5),
    );
  });

  it('gives the same level and gaps without planning a roadmap, for the clients table', () => {
    const full = followUpRow(company, records, loadReferenceCatalog().entries, funding, choices);
    const summary = followUpSummary(company, records);
    expect(summary).toEqual({ ...full, solutions: [], costWan: 0, netCostWan: 0 });
    expect(full.solutions.length).toBeGreaterThan(0);
  });
});
