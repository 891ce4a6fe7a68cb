import { describe, expect, it } from 'vitest';
import { scoreJudgements } from '../../core/training/drill';
import type { DrillItem } from '../../core/training/drill';
import { exportWorkspace, restoreWorkspace } from '../backup';
import { openDatabase } from '../database';
import { DrillRepository } from '../drill-repository';
import { TrainingDraftRepository } from '../training-draft-repository';
import { TrainingRepository } from '../training-repository';
import { freshIndexedDb, seedAndUpgrade } from '../test-support';

const items: DrillItem[] = [
  { file: 'drill-01.jpg', truth: 'ok' },
  { file: 'drill-02.jpg', truth: 'ng', defectType: 'spot' },
];

describe('migration 010: training drafts and drill attempts', () => {
  it('upgrades a version-9 workspace keeping its attempts; drafts autosave, restore and go on submit; drills are kept and backed up', async () => {
    const db = await seedAndUpgrade(9, async (old) => {
      await old.companies.add({
        id: 'c1',
        name: '重庆甲机械',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      });
      await old.trainingAttempts.add({
        id: 't1',
        caseId: 'gear-machining',
        answers: { strategy: { value: 'l1' } },
        points: 40,
        exact: 6,
        total: 15,
        completedAt: '2026-11-01T00:00:00.000Z',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.trainingAttempts.get('t1')).toMatchObject({ points: 40, answers: { strategy: { value: 'l1' } } });

    // Answers arrive one change at a time, as the autosaver writes them; a removed answer goes.
    const drafts = new TrainingDraftRepository(db, { now: () => new Date('2026-11-25T10:00:00Z') });
    await drafts.saveAnswers('gear-machining', new Map([['strategy', { value: 'l2' }]]));
    await drafts.saveAnswers(
      'gear-machining',
      new Map([
        ['quality', { value: 'l0' }],
        ['people', { value: 'l1' }],
      ]),
    );
    await drafts.saveAnswers('gear-machining', new Map([['people', undefined]]));
    await drafts.saveAnswers('coatings-plant', new Map([['strategy', { value: 'l3' }]]));
    expect(await drafts.get('gear-machining')).toEqual({
      caseId: 'gear-machining',
      answers: { strategy: { value: 'l2' }, quality: { value: 'l0' } },
      updatedAt: '2026-11-25T10:00:00.000Z',
    });

    // A drill finished before the model: stored with the calls it had, completed when the model is done.
    const drills = new DrillRepository(db, { now: () => new Date('2026-11-25T11:00:00Z'), newId: () => 'd1' });
    const calls = [{ verdict: 'ok' as const }, { verdict: 'ng' as const, defectType: 'scratch' }];
    const drill = await drills.record({
      items,
      calls,
      modelCalls: [{ verdict: 'ok', score: 1, threshold: 2 }],
      score: scoreJudgements(items, calls),
      startedAt: '2026-11-25T10:58:00.000Z',
    });
    expect(drill.modelScore).toBeUndefined();
    await drills.completeModelCalls('d1', [
      { verdict: 'ok', score: 1, threshold: 2 },
      { verdict: 'ok', score: 1.5, threshold: 2 },
    ]);
    const [stored] = await drills.list();
    expect(stored?.score).toMatchObject({ correct: 2, typeCorrect: 0 });
    expect(stored?.modelScore).toMatchObject({ correct: 1, missed: 1 });

    const bytes = await exportWorkspace(db, { appVersion: '0.1.0', createdAt: new Date('2026-11-25T12:00:00Z') });
    const other = await openDatabase(freshIndexedDb());
    await restoreWorkspace(other, bytes);
    expect(await new TrainingDraftRepository(other).get('gear-machining')).toMatchObject({ answers: { strategy: { value: 'l2' } } });
    expect(await new DrillRepository(other).list()).toEqual([stored]);

    // Submitting the case stores the attempt and drops that case's draft only.
    await new TrainingRepository(db).record({
      caseId: 'gear-machining',
      answers: { strategy: { value: 'l2' } },
      points: 55,
      exact: 8,
      total: 15,
    });
    expect(await drafts.get('gear-machining')).toBeUndefined();
    expect(await drafts.get('coatings-plant')).toMatchObject({ answers: { strategy: { value: 'l3' } } });
    expect(await db.trainingAttempts.count()).toBe(2);
    db.close();
    other.close();
  });
});
