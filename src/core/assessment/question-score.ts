import type { Answer } from './answers';
import type { Question } from './framework-schema';

/** The level a level-anchored or scenario question was answered at; 0 when unanswered or below level 1. */
export function chosenLevel(q: Question, answer: Answer | undefined): number {
  const v = answer?.value;
  if (q.type === 'levelChoice') return q.options.find((o) => o.id === v)?.level ?? 0;
  if (q.type === 'scenarioLevel') return typeof v === 'number' ? v : 0;
  return 0;
}

export function topLevel(q: Question): number {
  if (q.type === 'levelChoice') return Math.max(...q.options.map((o) => o.level));
  if (q.type === 'scenarioLevel') return q.descriptors.length;
  return 0;
}

/** Points earned on a points-carrying question (0 when unanswered). */
export function earnedPoints(q: Question, answer: Answer | undefined): number {
  const v = answer?.value;
  switch (q.type) {
    case 'singleChoice':
      return q.options.find((o) => o.id === v)?.points ?? 0;
    case 'multiSelect': {
      if (!Array.isArray(v)) return 0;
      const sum = q.options.filter((o) => v.includes(o.id)).reduce((s, o) => s + o.points, 0);
      return Math.min(q.points, sum);
    }
    case 'numericBands': {
      if (typeof v !== 'number') return 0;
      const band = q.bands.find((b, i) => v <= b.to && (v > b.from || (i === 0 && v >= b.from)));
      return band?.points ?? 0;
    }
    default:
      return 0;
  }
}

/** Degree to which a requirement is met, in [0, 1]. */
export function requirementRatio(q: Question, answer: Answer | undefined): number {
  switch (q.type) {
    case 'satisfaction':
      return typeof answer?.value === 'number' ? answer.value : 0;
    case 'singleChoice':
    case 'multiSelect':
    case 'numericBands':
      return earnedPoints(q, answer) / q.points;
    case 'levelChoice':
    case 'scenarioLevel': {
      const top = topLevel(q);
      return top > 0 ? chosenLevel(q, answer) / top : 0;
    }
  }
}

/**
 * What a question contributes to level k of a level ladder, or undefined when it does not touch
 * level k. A level-anchored answer "we are at L3" fully meets levels 1–3 and none above.
 */
export function ladderContribution(q: Question, answer: Answer | undefined, k: number): number | undefined {
  if (q.type === 'levelChoice' || q.type === 'scenarioLevel') return chosenLevel(q, answer) >= k ? 1 : 0;
  return q.level === k ? requirementRatio(q, answer) : undefined;
}
