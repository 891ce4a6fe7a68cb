import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { bundledFrameworks } from './bundled-frameworks';
import { levelFromTable } from './score-ladder';
import { scoreAssessment } from './score-assessment';
import { tinyLadder } from './test-support/tiny-frameworks';

const v = (value: number) => ({ value });
/** Level 1 fully met; level 2 partly (a1 0.8, a2 1 and 0.5, b1 0.8); level 3 fully met but locked. */
const base: Answers = {
  'a1-l1': v(1),
  'a2-l1': v(1),
  'b1-l1': v(1),
  'a1-l2': v(0.8),
  'a2-l2a': v(1),
  'a2-l2b': v(0.5),
  'b1-l2': v(0.8),
  'a1-l3': v(1),
  'a2-l3': v(1),
  'b1-l3': v(1),
};

describe('level-ladder scoring (hand-computed)', () => {
  it('rolls requirements up with weights and stops counting at the first level below 0.8', () => {
    // L2: a2 = (1 + 0.5) / 2 = 0.75; A = (1·0.8 + 3·0.75) / 4 = 0.7625; S2 = (1·0.7625 + 3·0.8) / 4 = 0.790625.
    const r = scoreAssessment(tinyLadder(), 'discrete', base);
    expect(r.levelScores.map((l) => [l.score, l.met, l.counted])).toEqual([
      [1, true, true],
      [0.7906, false, true],
      [1, true, false],
    ]);
    expect(r.totalScore).toBe(1.7906); // 1 + 0.790625; level 3 does not count
    expect(r.level).toBe(1); // 0.8 ≤ 1.79 < 1.8
    expect(r.nextLevel).toEqual({
      model: 'levelLadder',
      level: 2,
      minTotalScore: 1.8,
      blockingLevel: 2,
      blockingLevelScore: 0.7906,
      threshold: 0.8,
    });
  });

  it('lists the gaps that block the next level first, ordered by how much the total would rise', () => {
    const r = scoreAssessment(tinyLadder(), 'discrete', base);
    // b1-l2: +0.75·0.2 → S2 0.9406 unlocks S3 = 1 → 2.9406 − 1.7906 = 1.15
    // a2-l2b: +(1/4·3/4·1/2)·0.5 = 0.046875 → S2 0.8375 → 2.8375 → +1.0469
    // a1-l2: +(1/4·1/4)·0.2 = 0.0125 → S2 0.8031 → 2.8031 → +1.0125
    expect(r.gaps.map((g) => [g.questionId, g.impact, g.blocksNextLevel])).toEqual([
      ['b1-l2', 1.15, true],
      ['a2-l2b', 1.0469, true],
      ['a1-l2', 1.0125, true],
    ]);
  });

  it('uses the weights of the industry type', () => {
    // process: B weighs 1 → S2 = (0.7625 + 0.8) / 2 = 0.78125
    const r = scoreAssessment(tinyLadder(), 'process', base);
    expect(r.totalScore).toBe(1.7813);
    expect(r.elements.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('counts higher levels once the lower ones are met, and maps the total through the table', () => {
    const r = scoreAssessment(tinyLadder(), 'discrete', { ...base, 'b1-l2': v(1) });
    // S2 = (0.7625 + 3) / 4 = 0.940625 → total 1 + 0.940625 + 1
    expect(r.totalScore).toBe(2.9406);
    expect(r.level).toBe(3);
    expect(r.nextLevel).toBeNull();
  });

  it('drops not-applicable requirements from the calculation; a total of exactly 2.8 reaches level 3', () => {
    const na = { notApplicable: true as const };
    const r = scoreAssessment(tinyLadder(), 'discrete', { ...base, 'a2-l1': na, 'a2-l2a': na, 'a2-l2b': na, 'a2-l3': na });
    // A = a1 only: 0.8 → S2 = (0.8 + 3·0.8) / 4 = 0.8 → met; total 1 + 0.8 + 1 = 2.8
    expect(r.totalScore).toBe(2.8);
    expect(r.level).toBe(3);
    expect(r.subDomains.find((s) => s.id === 'a2')?.applicable).toBe(false);
    expect(r.completion).toEqual({ total: 10, answered: 6, notApplicable: 4, unanswered: 0 });
  });

  it('counts unanswered requirements as not met', () => {
    const r = scoreAssessment(tinyLadder(), 'discrete', {});
    expect([r.totalScore, r.level]).toEqual([0, 0]);
    expect(r.completion.unanswered).toBe(10);
    expect(r.gaps[0]).toMatchObject({ level: 1, blocksNextLevel: true });
  });

  it('reports each node with its own bottom-up level', () => {
    const r = scoreAssessment(tinyLadder(), 'discrete', base);
    const b1 = r.subDomains.find((s) => s.id === 'b1');
    const a2 = r.subDomains.find((s) => s.id === 'a2');
    expect(b1).toMatchObject({ value: 2.8, max: 3, level: 3, ratio: 0.9333 });
    expect(a2).toMatchObject({ value: 1.75, max: 3, level: 1 });
  });

  it('maps totals to levels with the table', () => {
    const table =
      tinyLadder().scoring.model === 'levelLadder'
        ? [
            { level: 1, minScore: 0.8 },
            { level: 2, minScore: 1.8 },
          ]
        : [];
    expect([0.79, 0.8, 1.79, 1.8, 5].map((s) => levelFromTable(s, table))).toEqual([0, 1, 1, 2, 2]);
  });

  it('treats a level-anchored answer as meeting every level up to it (quick check)', () => {
    const quick = bundledFrameworks().find((f) => f.id === 'quick-check');
    if (!quick) throw new Error('missing');
    const allAt = (level: number): Answers => Object.fromEntries(quick.questions.map((q) => [q.id, { value: `l${level}` }]));
    expect([0, 1, 2, 3, 5].map((l) => scoreAssessment(quick, 'discrete', allAt(l)).level)).toEqual([0, 1, 2, 3, 5]);
    expect(scoreAssessment(quick, 'process', allAt(3)).totalScore).toBe(3);
  });

  it('leaves out sub-domains that do not apply to the industry type', () => {
    const fw = tinyLadder();
    const b = fw.elements[1]?.domains[0]?.subDomains[0];
    if (b) b.appliesTo = ['discrete'];
    const r = scoreAssessment(fw, 'process', base);
    // only A remains: S2 = 0.7625
    expect(r.levelScores[1]?.score).toBe(0.7625);
    expect(r.subDomains.find((s) => s.id === 'b1')?.applicable).toBe(false);
  });
});
