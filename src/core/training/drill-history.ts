import type { DrillItem, DrillScore, Judgement } from './drill';
import { scoreJudgements } from './drill';

/** What the model said about one drill image (its defect type only when the drill taught it types). */
export interface ModelJudgement extends Judgement {
  score: number;
  threshold: number;
}

/**
 * One finished drill as stored: the items with their ground truth as they were when it was taken (so
 * history stays right if the bundled set changes), both sets of calls and both scores. The model may
 * still be judging when the trainee finishes: `modelCalls` then holds what it had, and is completed later.
 */
export interface DrillAttempt {
  id: string;
  items: DrillItem[];
  calls: Judgement[];
  modelCalls: ModelJudgement[];
  score: DrillScore;
  modelScore: DrillScore | undefined;
  startedAt: string;
  completedAt: string;
}

export interface DrillProgress {
  attempts: number;
  /** Accuracy as whole percentages. */
  best: number | undefined;
  latest: number | undefined;
  /** Latest minus first, in percentage points. */
  improvement: number | undefined;
}

/** The model's score counts only once it has judged every item; a partial run says nothing comparable. */
export function scoreModelCalls(items: readonly DrillItem[], modelCalls: readonly ModelJudgement[]): DrillScore | undefined {
  return modelCalls.length === items.length ? scoreJudgements(items, modelCalls) : undefined;
}

const percent = (score: DrillScore) => Math.round(score.accuracy * 100);

/** How often the trainee drilled, best and latest accuracy, and the change since the first drill. */
export function summariseDrills(attempts: readonly DrillAttempt[]): DrillProgress {
  const ordered = [...attempts].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  return {
    attempts: ordered.length,
    best: ordered.length > 0 ? Math.max(...ordered.map((a) => percent(a.score))) : undefined,
    latest: last ? percent(last.score) : undefined,
    improvement: first && last && ordered.length > 1 ? percent(last.score) - percent(first.score) : undefined,
  };
}
