import { describe, expect, it } from 'vitest';
import { compareResults, strongestAndWeakest } from './compare-results';
import { domainSections, nextUnanswered } from './progress';
import { scoreAssessment } from './score-assessment';
import { tinyLadder } from './test-support/tiny-frameworks';

describe('questionnaire progress', () => {
  it('groups questions by domain and counts answered and not-applicable ones as done', () => {
    const sections = domainSections(tinyLadder(), 'discrete', {
      'a1-l1': { value: 1 },
      'a2-l1': { notApplicable: true },
      'b1-l1': { evidence: { note: 'only a note' } },
    });
    expect(sections.map((s) => [s.domainId, s.questions.length, s.answered])).toEqual([
      ['a', 7, 2],
      ['b', 3, 0],
    ]);
  });

  it('leaves out sub-domains that do not apply to the industry type', () => {
    const fw = tinyLadder();
    const b1 = fw.elements[1]?.domains[0]?.subDomains[0];
    if (b1) b1.appliesTo = ['discrete'];
    expect(domainSections(fw, 'process', {}).map((s) => s.domainId)).toEqual(['a']);
  });

  it('skips forward to the next unanswered question and wraps round to ones skipped earlier', () => {
    const answers = { 'a1-l1': { value: 1 }, 'a1-l3': { value: 1 } };
    const sections = domainSections(tinyLadder(), 'discrete', answers);
    expect(nextUnanswered(sections, answers)?.id).toBe('a1-l2');
    expect(nextUnanswered(sections, answers, 'a1-l2')?.id).toBe('a2-l1');
    expect(nextUnanswered(sections, answers, 'b1-l3')?.id).toBe('a1-l2');
  });
});

describe('comparing two results', () => {
  it('reports what moved and by how much, biggest move first', () => {
    const fw = tinyLadder();
    const full = (v: number) => Object.fromEntries(fw.questions.map((q) => [q.id, { value: v }]));
    const before = scoreAssessment(fw, 'discrete', { ...full(0.5), 'b1-l1': { value: 1 } });
    const after = scoreAssessment(fw, 'discrete', { ...full(0.5), 'a1-l1': { value: 1 }, 'a2-l1': { value: 1 }, 'b1-l1': { value: 1 } });
    const cmp = compareResults(before, after);
    // Before: S1 = (0.5 + 3·1)/4 = 0.875 met, S2 = 0.5 → 1.375. After: S1 = 1, S2 = 0.5 → 1.5.
    expect([cmp.totalBefore, cmp.totalAfter, cmp.totalChange, cmp.levelBefore, cmp.levelAfter]).toEqual([1.375, 1.5, 0.125, 1, 1]);
    // Domain a: before L1 0.5 (stops) → 0.5 of 3 = 0.1667; after L1 1, L2 0.5 → 1.5 of 3 = 0.5.
    expect(cmp.domains[0]).toEqual({ id: 'a', before: 0.1667, after: 0.5, change: 0.3333 });
    expect(cmp.domains[1]?.change).toBe(0);
  });

  it('names the strongest and weakest applicable domains', () => {
    const fw = tinyLadder();
    const r = scoreAssessment(fw, 'discrete', { 'b1-l1': { value: 1 }, 'b1-l2': { value: 1 } });
    const { strongest, weakest } = strongestAndWeakest(r, 1);
    expect([strongest[0]?.id, weakest[0]?.id]).toEqual(['b', 'a']);
  });
});
