import { afterEach, describe, expect, it } from 'vitest';
import { bundledCases } from '../../core/training/bundled-cases';
import { AnswerAutosaver } from '../assessment';
import { installRoot } from '../root';
import { installTestRoot } from '../test-support';
import {
  discardTrainingDraft,
  listDrillAttempts,
  listTrainingAttempts,
  loadTrainingDraft,
  recordDrill,
  completeDrillModelCalls,
  submitAttempt,
  trainingDraftStore,
} from '.';

afterEach(() => installRoot(undefined));

describe('training actions', () => {
  it('keeps a case draft while the trainee works, and submitting grades and stores the attempt', async () => {
    await installTestRoot();
    const bundled = bundledCases()[0];
    if (!bundled) throw new Error('no bundled case');
    const { trainingCase, framework } = bundled;
    const question = framework.questions[0];
    if (!question) throw new Error('framework has no questions');
    const saver = new AnswerAutosaver(trainingDraftStore, trainingCase.id, { delayMs: 0 });
    await saver.change(question.id, { value: 'x' });
    await saver.flush();
    expect((await loadTrainingDraft(trainingCase.id))?.answers).toEqual({ [question.id]: { value: 'x' } });
    await discardTrainingDraft(trainingCase.id);
    expect(await loadTrainingDraft(trainingCase.id)).toBeUndefined();

    const attempt = await submitAttempt(framework, trainingCase, {});
    expect(attempt.points).toBe(0);
    expect(attempt.total).toBeGreaterThan(0);
    expect((await listTrainingAttempts()).map((a) => a.id)).toEqual([attempt.id]);
  });

  it('stores a judged drill and completes its model calls when the model finishes later', async () => {
    await installTestRoot();
    const set = {
      teach: [],
      items: [
        { file: 'a.png', truth: 'ok' as const },
        { file: 'b.png', truth: 'ng' as const, defectType: 'pit' },
      ],
    };
    const stored = await recordDrill(set as never, [{ verdict: 'ok' }, { verdict: 'ng', defectType: 'pit' }], [], '2026-11-01T00:00:00Z');
    expect(stored.score).toMatchObject({ correct: 2 });
    await completeDrillModelCalls(stored.id, [
      { verdict: 'ok', score: 1, threshold: 2 },
      { verdict: 'ok', score: 1, threshold: 2 },
    ]);
    const [listed] = await listDrillAttempts();
    expect(listed?.modelCalls).toHaveLength(2);
  });
});
