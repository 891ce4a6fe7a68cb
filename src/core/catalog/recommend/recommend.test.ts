import { describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../assessment/result-types';
import { loadReferenceCatalog } from '../reference-catalog';
import { bundledTaxonomy } from '../taxonomy';
import { recommendInputFromAssessment } from './from-assessment';
import { planRoadmap } from './plan-roadmap';
import { recommend } from './recommend';
import type { RecommendInput } from './recommend-types';

const catalog = loadReferenceCatalog().entries;

const smallPartsMaker: RecommendInput = {
  domainLevels: {
    production: 1,
    equipment: 1,
    data: 0,
    network: 1,
    integration: 1,
    logistics: 1,
    design: 1,
    strategy: 1,
    skills: 1,
    security: 0,
    sales: 1,
    service: 1,
  },
  domainTargets: {
    production: 3,
    equipment: 2,
    data: 2,
    network: 2,
    integration: 2,
    logistics: 2,
    design: 2,
    strategy: 2,
    skills: 2,
    security: 2,
    sales: 2,
    service: 2,
  },
  scenarioLevels: {},
  scenarioTarget: 2,
  overallLevel: 1,
  company: { cluster: 'nev', size: 'small' },
  priorities: { quality: 3, delivery: 1 },
  capabilities: [],
  ownedEntryIds: [],
};

describe('recommend', () => {
  it('explains each recommendation from the gap, the priority and the cluster', () => {
    const list = recommend(catalog, smallPartsMaker, bundledTaxonomy);
    const inspect = list.find((r) => r.entry.id === 'inspect-surface-good-parts');
    expect(inspect).toBeDefined();
    const keys = inspect?.explanation.map((p) => p.key);
    expect(keys).toContain('explain.domainGap');
    expect(inspect?.explanation).toContainEqual({
      key: 'explain.priorityReason.quality_quality',
      params: { priority: 'quality', kpi: 'quality', percent: 15 },
    });
    expect(keys).toContain('explain.inspect');
    expect(inspect?.explanation).toContainEqual({
      key: 'explain.domainGap',
      params: { domain: 'production', current: 1, to: 3, target: 3 },
    });
  });

  it('gives a reason that serves the priority it names: delivery cites OEE or stock, each in its own sentence', () => {
    const deliveryOnly = { ...smallPartsMaker, priorities: { delivery: 3 } };
    const reasons = recommend(catalog, deliveryOnly, bundledTaxonomy)
      .flatMap((r) => r.explanation)
      .filter((p) => p.key.startsWith('explain.priorityReason.'));
    expect(reasons.length).toBeGreaterThan(0);
    const keys = new Set(reasons.map((p) => p.key));
    for (const key of keys) expect(['explain.priorityReason.delivery_oee', 'explain.priorityReason.delivery_inventory']).toContain(key);
    for (const part of reasons) expect(part.key).toBe(`explain.priorityReason.${String(part.params.priority)}_${String(part.params.kpi)}`);
  });

  it('never lists a solution alone when its prerequisite is missing: it is deferred behind a listed provider', () => {
    const list = recommend(catalog, smallPartsMaker, bundledTaxonomy);
    const ids = new Set(list.map((r) => r.entry.id));
    const inspect = list.find((r) => r.entry.id === 'inspect-surface-good-parts');
    // It needs an inspection station, which the company does not have yet, and production at level 2.
    expect(inspect?.status).toBe('deferred');
    expect(inspect?.after).toContain('camera-station-kit');
    expect(inspect?.explanation.map((p) => p.key)).toContain('explain.after');
    for (const r of list) {
      if (r.status === 'deferred') for (const id of r.after) expect(ids.has(id), `${r.entry.id} waits for ${id}`).toBe(true);
      if (r.status === 'ready') {
        const needs = r.entry.prerequisites.filter((p) => p.kind === 'entry').map((p) => (p.kind === 'entry' ? p.id : ''));
        expect(needs.every((id) => smallPartsMaker.ownedEntryIds.includes(id))).toBe(true);
      }
    }
    const ready = {
      ...smallPartsMaker,
      capabilities: ['camera-station'],
      domainLevels: { ...smallPartsMaker.domainLevels, production: 2 },
    };
    const withStation = recommend(catalog, ready, bundledTaxonomy);
    expect(withStation.find((r) => r.entry.id === 'inspect-surface-good-parts')?.status).toBe('ready');
  });

  it('shows a solution as blocked, with what is missing, when nothing in the list provides its prerequisite', () => {
    const orphan = catalog.filter((e) => e.id !== 'camera-station-kit');
    const inspect = recommend(orphan, smallPartsMaker, bundledTaxonomy).find((r) => r.entry.id === 'inspect-surface-good-parts');
    expect(inspect?.status).toBe('blocked');
    expect(inspect?.explanation).toContainEqual({ key: 'explain.blockedCapability', params: { capability: 'camera-station' } });
  });

  it('ranks a solution for the company’s own cluster above the same one for another cluster', () => {
    const base = catalog.find((e) => e.id === 'quick-changeover');
    if (!base) throw new Error('missing entry');
    const mine = { ...base, id: 'mine', clusters: ['nev'] };
    const theirs = { ...base, id: 'theirs', clusters: ['food'] };
    const list = recommend(
      [...catalog.filter((e) => e.id !== base.id), mine, theirs],
      {
        ...smallPartsMaker,
        domainLevels: { ...smallPartsMaker.domainLevels, production: 2 },
        domainTargets: { ...smallPartsMaker.domainTargets, production: 3 },
      },
      bundledTaxonomy,
    );
    const score = (id: string) => list.find((r) => r.entry.id === id)?.score ?? -Infinity;
    expect(score('mine')).toBeGreaterThan(score('theirs'));
    expect(list.find((r) => r.entry.id === 'theirs')?.explanation.map((p) => p.key)).toContain('explain.clusterMismatch');
  });
});

describe('planRoadmap', () => {
  it('fits the budget, keeps prerequisites before dependants and raises levels phase by phase', () => {
    const funding = { budgetWan: 30, voucherWan: 5, subsidyRate: 0.3, subsidyCapWan: 10 };
    const roadmap = planRoadmap(catalog, smallPartsMaker, bundledTaxonomy, funding);
    expect(roadmap.proven).toBe(true);
    expect(roadmap.phases.length).toBeGreaterThan(0);
    expect(roadmap.netCostWan).toBeLessThanOrEqual(30 + 1e-6);
    const startOf = new Map(roadmap.phases.flatMap((p) => p.steps.map((s) => [s.entryId, s] as const)));
    for (const step of startOf.values()) {
      for (const id of step.after)
        expect((startOf.get(id)?.endWeek ?? Infinity) <= step.startWeek, `${step.entryId} after ${id}`).toBe(true);
    }
    let previous = smallPartsMaker.domainLevels.production ?? 0;
    for (const phase of roadmap.phases) {
      expect(phase.domainLevels.production ?? 0).toBeGreaterThanOrEqual(previous);
      previous = phase.domainLevels.production ?? 0;
      expect(phase.netCostWan).toBeCloseTo(phase.costWan - phase.voucherWan - phase.subsidyWan, 6);
    }
    const last = roadmap.phases.at(-1);
    expect(last?.overallLevel).toBeGreaterThanOrEqual(1);
  });

  it('says per phase which domains it raises, chaining from the assessed level to the level after the last phase', () => {
    const funding = { budgetWan: 30, voucherWan: 5, subsidyRate: 0.3, subsidyCapWan: 10 };
    const roadmap = planRoadmap(catalog, smallPartsMaker, bundledTaxonomy, funding);
    const level = new Map(Object.entries(smallPartsMaker.domainLevels));
    for (const phase of roadmap.phases) {
      for (const raise of phase.raised.filter((r) => r.kind === 'domain')) {
        expect(raise.from, raise.code).toBe(level.get(raise.code));
        expect(raise.to).toBeGreaterThan(raise.from);
        level.set(raise.code, raise.to);
      }
      // A domain the phase does not list keeps its level.
      for (const [code, after] of Object.entries(phase.domainLevels)) expect(after, code).toBe(level.get(code));
    }
    expect(roadmap.phases.some((p) => p.raised.length > 0)).toBe(true);
  });

  it('a bigger budget never gives a worse plan', () => {
    const small = planRoadmap(catalog, smallPartsMaker, bundledTaxonomy, {
      budgetWan: 10,
      voucherWan: 0,
      subsidyRate: 0,
      subsidyCapWan: 0,
    });
    const large = planRoadmap(catalog, smallPartsMaker, bundledTaxonomy, {
      budgetWan: 40,
      voucherWan: 0,
      subsidyRate: 0,
      subsidyCapWan: 0,
    });
    expect(large.value).toBeGreaterThanOrEqual(small.value);
    expect(small.netCostWan).toBeLessThanOrEqual(10 + 1e-6);
  });
});

describe('recommendInputFromAssessment', () => {
  it('maps framework domain ids and SME scenarios onto the catalog vocabulary', () => {
    const node = (id: string, level: number) => ({
      id,
      kind: 'domain' as const,
      parentId: null,
      applicable: true,
      value: 0,
      max: 1,
      ratio: 0,
      level,
    });
    const result = {
      level: 1,
      domains: [node('org-strategy', 1), node('info-security', 0), node('production', 2)],
      scenarios: [{ questionId: 'q', subDomainId: 'sc-quality', level: 1, constraint: true }],
    } as unknown as AssessmentResult;
    const input = recommendInputFromAssessment(result, { cluster: 'food', size: 'small' }, { priorities: { quality: 2 }, ambition: 1 });
    expect(input.domainLevels).toEqual({ strategy: 1, security: 0, production: 2 });
    expect(input.domainTargets).toEqual({ strategy: 2, security: 2, production: 2 });
    expect(input.scenarioLevels).toEqual({ 'SME-07': 1 });
    expect(input.company).toEqual({ cluster: 'food', size: 'small' });
  });
});
