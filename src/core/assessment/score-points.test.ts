import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { bundledFrameworks } from './bundled-frameworks';
import { scoreAssessment } from './score-assessment';
import { tinyPoints } from './test-support/tiny-frameworks';

describe('points scoring (hand-computed)', () => {
  it('adds band and multi-select points and caps a multi-select at its worth', () => {
    const r = scoreAssessment(tinyPoints(), 'discrete', { rate: { value: 60 }, tools: { value: ['x', 'y', 'z'] } });
    expect(r.totalScore).toBe(7); // 60 % falls in (10, 60] → 3; 2+2+2 capped at 4
  });

  it('puts a value on a band edge into the lower band, as "≤ 10 %" and "> 60 %" read', () => {
    const score = (rate: number) => scoreAssessment(tinyPoints(), 'discrete', { rate: { value: rate } }).totalScore;
    expect([0, 10, 10.5, 60, 60.5, 100].map(score)).toEqual([0, 0, 3, 3, 6, 6]);
  });

  it('needs both the score and the scenario counts for a level', () => {
    const fw = tinyPoints();
    const base: Answers = { rate: { value: 80 }, tools: { value: ['x'] } }; // 8 points
    expect(scoreAssessment(fw, 'discrete', base).level).toBe(0);
    const oneConstraint = { ...base, s1: { value: 2 }, s3: { value: 2 } };
    const r = scoreAssessment(fw, 'discrete', oneConstraint);
    expect(r.level).toBe(1); // level 2 needs 2 constraint scenarios at L2
    expect(r.nextLevel).toEqual({
      model: 'points',
      level: 2,
      minScore: 8,
      scoreShort: 0,
      scenarios: { atLeastLevel: 2, minCount: 2, minConstraint: 2, have: 2, constraintHave: 1 },
    });
    // Only the constraint scenario below L2 blocks; the missing tools points do not (score is enough).
    expect(r.gaps.filter((g) => g.blocksNextLevel).map((g) => g.questionId)).toEqual(['s2']);
    expect(scoreAssessment(fw, 'discrete', { ...oneConstraint, s2: { value: 2 } }).level).toBe(2);
  });

  it('rescales the total when a question is not applicable instead of counting it as zero', () => {
    const r = scoreAssessment(tinyPoints(), 'discrete', { rate: { value: 80 }, tools: { notApplicable: true } });
    expect(r.totalScore).toBe(10); // 6 of 6 applicable points on a 10-point scale
  });

  it('scores the SME 2024 data-collection question at 0.7 per area and 0.9 for HR', () => {
    const sme = bundledFrameworks().find((f) => f.id === 'sme-digital-2024');
    if (!sme) throw new Error('missing');
    const r = scoreAssessment(sme, 'discrete', {
      'data-collection': { value: ['quality', 'hr'] },
      'information-systems': { value: 'two-plus' },
    });
    expect(r.totalScore).toBe(6.6); // 0.7 + 0.9 + 5
    expect(r.domains.find((d) => d.id === 'data-collection-domain')).toMatchObject({ value: 1.6, max: 10 });
  });

  it('applies the SME level rule: 40 points is level 2 only with 6 scenarios at L2 incl. 3 constraint ones', () => {
    const sme = bundledFrameworks().find((f) => f.id === 'sme-digital-2024');
    if (!sme) throw new Error('missing');
    const forty: Answers = {
      'information-systems': { value: 'all' },
      'data-collection': {
        value: [
          'product-design',
          'process-design',
          'marketing',
          'after-sales',
          'scheduling',
          'production-control',
          'quality',
          'equipment',
          'safety',
          'energy',
          'procurement',
          'warehousing',
          'finance',
          'hr',
        ],
      },
      network: { value: ['shop-floor', 'enterprise', '5g', 'full-coverage'] },
      'equipment-digital-rate': { value: 61 },
      'equipment-network-rate': { value: 61 },
    };
    const scenarios = (ids: string[], level: number): Answers => Object.fromEntries(ids.map((id) => [id, { value: level }]));
    const nonConstraint = ['sc-process-design', 'sc-after-sales', 'sc-planning', 'sc-hr'];
    const withTwo = { ...forty, ...scenarios([...nonConstraint, 'sc-quality', 'sc-energy'], 2) };
    const r = scoreAssessment(sme, 'discrete', withTwo);
    expect(r.totalScore).toBe(40);
    expect(r.level).toBe(0); // only 2 constraint scenarios: even level 1 needs 3
    expect(r.nextLevel).toMatchObject({ level: 1, scenarios: { constraintHave: 2, minConstraint: 3 } });
    expect(scoreAssessment(sme, 'discrete', { ...withTwo, ...scenarios(['sc-finance'], 2) }).level).toBe(2);
    expect(
      scoreAssessment(sme, 'discrete', { ...withTwo, ...scenarios(['sc-finance'], 2), 'equipment-network-rate': { value: 59 } }).level,
    ).toBe(1); // 38.5 < 40
  });
});
