import { describe, expect, it } from 'vitest';
import { bundledFrameworks } from '../assessment/bundled-frameworks';
import { bundledCaseData, bundledCases } from './bundled-cases';
import { gradeAttempt } from './grade';
import { checkTrainingCase, referenceAnswers } from './load-case';
import { summariseProgress, type TrainingAttempt } from './progress';

function firstCase() {
  const found = bundledCases()[0];
  if (!found) throw new Error('no bundled case');
  return found;
}

describe('bundled training cases', () => {
  it('are at least six valid cases with a reasoned reference answer to every question', () => {
    const cases = bundledCases();
    expect(cases.length).toBeGreaterThanOrEqual(6);
    for (const { trainingCase, framework } of cases) {
      expect(Object.keys(trainingCase.reference).sort()).toEqual(framework.questions.map((q) => q.id).sort());
      expect(trainingCase.pictures.length).toBeGreaterThan(0);
    }
  });

  it('span several maturity levels, so trainees meet more than one kind of factory', () => {
    const levels = bundledCases().map(
      ({ trainingCase, framework }) => gradeAttempt(framework, trainingCase, referenceAnswers(trainingCase)).referenceLevel,
    );
    expect(new Set(levels).size).toBeGreaterThanOrEqual(3);
  });
});

describe('checkTrainingCase', () => {
  const base = () => structuredClone(bundledCaseData[0]) as Record<string, unknown> & { reference: Record<string, unknown> };

  it('rejects a case that breaks the schema, naming the field', () => {
    const broken = { ...base(), story: 'one paragraph only' };
    const checked = checkTrainingCase(broken, bundledFrameworks());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toContainEqual(expect.objectContaining({ code: 'file.invalid', path: 'story' }));
  });

  it('rejects a reference answer with an option the question does not have, and a missing one', () => {
    const data = base();
    data.reference.quality = { value: 'l7', reasoning: { 'zh-CN': '甲', en: 'a', 'zh-TW': '甲' } };
    const checked = checkTrainingCase(data, bundledFrameworks());
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ code: 'answers.unknownOption', path: 'reference.quality' });
    const missing = base();
    delete missing.reference.service;
    const second = checkTrainingCase(missing, bundledFrameworks());
    expect(second.ok).toBe(false);
    if (!second.ok)
      expect(second.problems).toEqual([expect.objectContaining({ code: 'case.missingReference', path: 'reference.service' })]);
  });

  it('names a file of another kind, and a case for a framework this app does not have', () => {
    const other = checkTrainingCase({ format: 'gongzhi-assessment-bundle' }, bundledFrameworks());
    expect(other.ok || other.problems[0]?.code).toBe('file.wrongFormat');
    const unknown = checkTrainingCase({ ...base(), frameworkVersion: '9.0.0' }, bundledFrameworks());
    expect(unknown.ok || unknown.problems[0]?.code).toBe('file.unknownFramework');
  });
});

describe('gradeAttempt', () => {
  it('gives full marks and no differences for the reference itself', () => {
    const { trainingCase, framework } = firstCase();
    const grade = gradeAttempt(framework, trainingCase, referenceAnswers(trainingCase));
    expect(grade.points).toBe(100);
    expect(grade.exact).toBe(grade.total);
    expect(grade.domains.every((d) => d.direction === 'same')).toBe(true);
    expect(grade.traineeLevel).toBe(grade.referenceLevel);
  });

  it('says how far off and in which direction, per question, sub-domain and domain, with the reasoning', () => {
    const { trainingCase, framework } = firstCase();
    const answers = referenceAnswers(trainingCase);
    const qualityRef = trainingCase.reference.quality?.value;
    expect(qualityRef).toBe('l0');
    answers.quality = { value: 'l3' };
    answers.strategy = { value: 'l0' };
    delete answers.service;
    const grade = gradeAttempt(framework, trainingCase, answers);
    const quality = grade.questions.find((q) => q.questionId === 'quality');
    expect(quality).toMatchObject({ traineeLevel: 3, referenceLevel: 0, delta: 3, direction: 'higher' });
    expect(quality?.reasoning['zh-CN']).toContain('人工抽检');
    expect(grade.questions.find((q) => q.questionId === 'service')).toMatchObject({ traineeLevel: undefined, direction: 'lower' });
    expect(grade.exact).toBe(grade.total - 2);
    // Quality sits in the production domain: rated higher there; service rated lower.
    expect(grade.domains.find((d) => d.id === 'production')?.direction).toBe('higher');
    expect(grade.domains.find((d) => d.id === 'service')?.direction).toBe('lower');
    expect(grade.subDomains.find((d) => d.id === 'production')?.delta).toBeGreaterThan(0);
    expect(grade.points).toBeLessThan(100);
  });

  it('gives half marks for one level off', () => {
    const { trainingCase, framework } = firstCase();
    const answers = referenceAnswers(trainingCase);
    answers.skills = { value: 'l2' };
    const grade = gradeAttempt(framework, trainingCase, answers);
    expect(grade.withinOne).toBe(grade.total);
    expect(grade.points).toBe(Math.round((100 * (grade.total - 0.5)) / grade.total));
  });
});

describe('summariseProgress', () => {
  it('counts attempts and shows best, latest and the change since the first', () => {
    const at = (caseId: string, points: number, day: number): TrainingAttempt => ({
      id: `${caseId}${day}`,
      caseId,
      answers: {},
      points,
      exact: 0,
      total: 15,
      completedAt: `2026-11-${10 + day}T00:00:00Z`,
    });
    const progress = summariseProgress(['a', 'b', 'c'], [at('a', 70, 3), at('a', 40, 1), at('a', 55, 2), at('b', 90, 1)]);
    expect(progress).toEqual([
      { caseId: 'a', attempts: 3, best: 70, latest: 70, improvement: 30 },
      { caseId: 'b', attempts: 1, best: 90, latest: 90, improvement: undefined },
      { caseId: 'c', attempts: 0, best: undefined, latest: undefined, improvement: undefined },
    ]);
  });
});
