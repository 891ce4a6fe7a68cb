import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers';
import { tinyLadder, tinyPoints } from './test-support/tiny-frameworks';

describe('validateAnswers', () => {
  it('accepts good answers, including not-applicable where allowed', () => {
    expect(validateAnswers(tinyLadder(), { 'a1-l1': { value: 0.8 }, 'a2-l1': { notApplicable: true } })).toEqual([]);
  });

  it('names every answer that does not fit, with the question id', () => {
    const problems = validateAnswers(tinyLadder(), {
      nope: { value: 1 },
      'a1-l1': { value: 0.7 },
      'a1-l2': { value: 'yes' },
      'b1-l1': { notApplicable: true },
    });
    expect(problems.map((p) => [p.code, p.questionId])).toEqual([
      ['answers.unknownQuestion', 'nope'],
      ['answers.outOfRange', 'a1-l1'],
      ['answers.wrongType', 'a1-l2'],
      ['answers.notApplicableNotAllowed', 'b1-l1'],
    ]);
  });

  it('checks numbers against their range, options against the list, and scenario levels against the descriptors', () => {
    const problems = validateAnswers(tinyPoints(), {
      rate: { value: 120 },
      tools: { value: ['x', 'w'] },
      s1: { value: 3 },
      s2: { value: 1.5 },
    });
    expect(problems.map((p) => [p.code, p.questionId])).toEqual([
      ['answers.outOfRange', 'rate'],
      ['answers.unknownOption', 'tools'],
      ['answers.outOfRange', 's1'],
      ['answers.wrongType', 's2'],
    ]);
  });

  it('refuses evidence figures for fields the question does not have', () => {
    const problems = validateAnswers(tinyPoints(), { rate: { value: 5, evidence: { numbers: { weight: 3 } } } });
    expect(problems).toMatchObject([{ code: 'answers.unknownEvidenceField', questionId: 'rate' }]);
  });
});
