import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from './answers';
import { bundledFrameworks } from './bundled-frameworks';
import type { Framework, Question } from './framework-schema';
import { chosenLevel, earnedPoints, requirementRatio } from './question-score';
import { scoreAssessment } from './score-assessment';
import { answerArb, answersArb } from './test-support/answer-arbitraries';
import { tinyLadder, tinyPoints } from './test-support/tiny-frameworks';

const frameworks: Framework[] = [...bundledFrameworks(), tinyLadder(), tinyPoints()];
function without(answers: Answers, ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

const industries = fc.constantFrom('discrete' as const, 'process' as const);

/** How good an answer is on its own: the order in which "raising an answer" is meant. */
function strength(q: Question, a: Answer | undefined): number {
  return q.type === 'levelChoice' || q.type === 'scenarioLevel'
    ? chosenLevel(q, a)
    : 'points' in q
      ? earnedPoints(q, a)
      : requirementRatio(q, a);
}

describe.each(frameworks.map((f) => [f.id, f] as const))('scoring properties: %s', (_id, fw) => {
  it('raising any single answer never lowers the score or the level', () => {
    const arb = fc.integer({ min: 0, max: fw.questions.length - 1 }).chain((i) => {
      const q = fw.questions[i] as Question;
      return fc.record({ q: fc.constant(q), answers: answersArb(fw), a: answerArb(q), b: answerArb(q), industry: industries });
    });
    fc.assert(
      fc.property(arb, ({ q, answers, a, b, industry }) => {
        const [low, high] = strength(q, a) <= strength(q, b) ? [a, b] : [b, a];
        const withAnswer = (x: Answer | undefined): Answers => (x ? { ...answers, [q.id]: x } : without(answers, [q.id]));
        const before = scoreAssessment(fw, industry, withAnswer(low));
        const after = scoreAssessment(fw, industry, withAnswer(high));
        expect(after.totalScore).toBeGreaterThanOrEqual(before.totalScore);
        expect(after.level).toBeGreaterThanOrEqual(before.level);
      }),
      { numRuns: 150 },
    );
  });

  const subDomainsWithNa = fw.elements
    .flatMap((e) => e.domains.flatMap((d) => d.subDomains.map((s) => s.id)))
    .filter(
      (id) =>
        fw.questions.some((q) => q.subDomainId === id) &&
        fw.questions.filter((q) => q.subDomainId === id).every((q) => q.allowNotApplicable),
    );

  // Only frameworks that allow not-applicable answers (the SME 2024 indicators do not).
  if (subDomainsWithNa.length > 0)
    it('a not-applicable sub-domain never counts against the company', () => {
      fc.assert(
        fc.property(answersArb(fw), fc.constantFrom(...subDomainsWithNa), industries, (answers, subDomainId, industry) => {
          const inIt = fw.questions.filter((q) => q.subDomainId === subDomainId);
          const notApplicable: Answers = { ...answers, ...Object.fromEntries(inIt.map((q) => [q.id, { notApplicable: true as const }])) };
          const worst = without(
            answers,
            inIt.map((q) => q.id),
          );
          const na = scoreAssessment(fw, industry, notApplicable);
          const zero = scoreAssessment(fw, industry, worst);
          expect(na.totalScore).toBeGreaterThanOrEqual(zero.totalScore);
          expect(na.level).toBeGreaterThanOrEqual(zero.level);
          expect(na.gaps.some((g) => g.subDomainId === subDomainId)).toBe(false);
        }),
        { numRuns: 100 },
      );
    });

  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArb(fw), industries, (answers, industry) => {
        expect(scoreAssessment(fw, industry, answers)).toEqual(scoreAssessment(fw, industry, structuredClone(answers)));
      }),
      { numRuns: 20 },
    );
  });
});
