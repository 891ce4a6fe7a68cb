import { describe, expect, it } from 'vitest';
import { scoreJudgements, type DrillItem, type Judgement } from './drill';
import { scoreModelCalls, summariseDrills, type DrillAttempt } from './drill-history';

const items: DrillItem[] = [
  { file: 'a.jpg', truth: 'ok' },
  { file: 'b.jpg', truth: 'ng', defectType: 'spot' },
  { file: 'c.jpg', truth: 'ng', defectType: 'scratch' },
  { file: 'd.jpg', truth: 'ok' },
];

function attempt(completedAt: string, calls: Judgement[]): DrillAttempt {
  return {
    id: completedAt,
    items,
    calls,
    modelCalls: [],
    score: scoreJudgements(items, calls),
    modelScore: undefined,
    startedAt: completedAt,
    completedAt,
  };
}

const ok: Judgement = { verdict: 'ok' };
const spot: Judgement = { verdict: 'ng', defectType: 'spot' };

describe('drill history', () => {
  it('says nothing before the first drill', () => {
    expect(summariseDrills([])).toEqual({ attempts: 0, best: undefined, latest: undefined, improvement: undefined });
  });

  it('gives best and latest accuracy and the change since the first drill, whatever order rows arrive in', () => {
    const first = attempt('2026-11-01T10:00:00Z', [ok, ok, ok, ok]); // 50 %
    const best = attempt('2026-11-02T10:00:00Z', [ok, spot, spot, ok]); // 100 %
    const last = attempt('2026-11-03T10:00:00Z', [ok, spot, ok, ok]); // 75 %
    expect(summariseDrills([last, first, best])).toEqual({ attempts: 3, best: 100, latest: 75, improvement: 25 });
    expect(summariseDrills([first]).improvement).toBeUndefined();
  });

  it('scores the model only once it has judged every image', () => {
    const calls = [
      { verdict: 'ok' as const, score: 1, threshold: 2 },
      { verdict: 'ng' as const, score: 3, threshold: 2 },
    ];
    expect(scoreModelCalls(items, calls)).toBeUndefined();
    expect(scoreModelCalls(items, [...calls, ...calls])).toMatchObject({ correct: 2, missed: 1, falseAlarms: 1 });
  });
});
