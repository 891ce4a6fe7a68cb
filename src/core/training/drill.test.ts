import { describe, expect, it } from 'vitest';
import drills from '../../../assets/drills/drills.json';
import { drillSetSchema, judgementOutcome, scoreJudgements, type DrillItem } from './drill';

const items: DrillItem[] = [
  { file: 'a.jpg', truth: 'ok' },
  { file: 'b.jpg', truth: 'ng', defectType: 'spot' },
  { file: 'c.jpg', truth: 'ng', defectType: 'scratch' },
  { file: 'd.jpg', truth: 'ok' },
];

describe('defect drills', () => {
  it('bundle a valid set with good teaching images and both good and defective items of every type', () => {
    const set = drillSetSchema.parse(drills);
    expect(set.items.some((i) => i.truth === 'ok')).toBe(true);
    for (const type of set.defectTypes) expect(set.items.some((i) => i.truth === 'ng' && i.defectType === type)).toBe(true);
    for (const type of set.defectTypes) expect(set.typeExamples?.filter((e) => e.defectType === type).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a set whose type examples use an unknown type or are also scored items (the model would see the answers)', () => {
    const set = drillSetSchema.parse(drills);
    expect(drillSetSchema.safeParse({ ...set, typeExamples: [{ file: 'x.jpg', defectType: 'dent' }] }).success).toBe(false);
    expect(drillSetSchema.safeParse({ ...set, typeExamples: [{ file: set.items[1]?.file, defectType: 'spot' }] }).success).toBe(false);
    expect(drillSetSchema.safeParse({ ...set, typeExamples: undefined }).success).toBe(true);
  });

  it('scores calls against the ground truth: misses, false alarms and defect types apart', () => {
    const score = scoreJudgements(items, [{ verdict: 'ng' }, { verdict: 'ng', defectType: 'spot' }, { verdict: 'ok' }, { verdict: 'ok' }]);
    expect(score).toEqual({ total: 4, correct: 2, typeCorrect: 1, defective: 2, missed: 1, falseAlarms: 1, accuracy: 0.5 });
  });

  it('counts an item left without a call as wrong', () => {
    const score = scoreJudgements(items, [{ verdict: 'ok' }, undefined, { verdict: 'ng', defectType: 'spot' }, undefined]);
    expect(score).toMatchObject({ correct: 2, missed: 1, typeCorrect: 0, accuracy: 0.5 });
  });
});

describe('judgementOutcome', () => {
  const pit: DrillItem = { file: 'a.jpg', truth: 'ng', defectType: 'spot' };
  const good: DrillItem = { file: 'b.jpg', truth: 'ok' };
  it('is right only when the verdict and the defect type are both right', () => {
    expect(judgementOutcome(pit, { verdict: 'ng', defectType: 'spot' })).toBe('right');
    expect(judgementOutcome(pit, { verdict: 'ng', defectType: 'scratch' })).toBe('typeWrong');
    expect(judgementOutcome(pit, { verdict: 'ok' })).toBe('wrong');
    expect(judgementOutcome(good, { verdict: 'ok' })).toBe('right');
    expect(judgementOutcome(good, { verdict: 'ng', defectType: 'spot' })).toBe('wrong');
    expect(judgementOutcome(good, undefined)).toBe('wrong');
  });
});
