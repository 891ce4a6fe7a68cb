import fc from 'fast-check';
import type { Answer, Answers } from '../answers';
import { SATISFACTION_STEPS } from '../answers';
import type { Framework, Question } from '../framework-schema';

/** Every kind of valid answer a question can get (undefined = unanswered). */
export function answerArb(q: Question): fc.Arbitrary<Answer | undefined> {
  const value = ((): fc.Arbitrary<Answer> => {
    switch (q.type) {
      case 'satisfaction':
        return fc.constantFrom(...SATISFACTION_STEPS).map((v) => ({ value: v }));
      case 'levelChoice':
      case 'singleChoice':
        return fc.constantFrom(...q.options.map((o) => o.id)).map((v) => ({ value: v }));
      case 'multiSelect':
        return fc.subarray(q.options.map((o) => o.id)).map((v) => ({ value: v }));
      case 'numericBands':
        return fc.double({ min: q.min, max: q.max, noNaN: true }).map((v) => ({ value: v }));
      case 'scenarioLevel':
        return fc.integer({ min: 0, max: q.descriptors.length }).map((v) => ({ value: v }));
    }
  })();
  return fc.option(value, { nil: undefined });
}

export function answersArb(fw: Framework): fc.Arbitrary<Answers> {
  return fc.tuple(...fw.questions.map((q) => answerArb(q))).map((list) => {
    const out: Answers = {};
    fw.questions.forEach((q, i) => {
      const a = list[i];
      if (a) out[q.id] = a;
    });
    return out;
  });
}
