import { describe, expect, it } from 'vitest';
import { TrainingRepository } from '../training-repository';
import { seedAndUpgrade } from '../test-support';

describe('migration 005: training attempts', () => {
  it('upgrades a version-4 workspace without losing its rows, and keeps attempts per case', async () => {
    const db = await seedAndUpgrade(4, async (old) => {
      await old.companies.add({
        id: 'c1',
        name: '重庆甲机械',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      });
      await old.settings.put({ id: 'settings', language: 'zh-TW', largeText: true, activeCompanyId: 'c1' });
      await old.assessments.add({
        id: 'a1',
        companyId: 'c1',
        frameworkId: 'quick-check',
        frameworkVersion: '1.0.0',
        industryType: 'discrete',
        status: 'inProgress',
        answers: { strategy: { value: 'l1' } },
        createdAt: '2026-02-01',
        updatedAt: '2026-02-02',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.settings.get('settings')).toMatchObject({ language: 'zh-TW', activeCompanyId: 'c1' });
    expect(await db.assessments.get('a1')).toMatchObject({ answers: { strategy: { value: 'l1' } } });

    let tick = 0;
    const repository = new TrainingRepository(db, { now: () => new Date(Date.UTC(2026, 10, 1, 0, 0, tick)), newId: () => `t${tick++}` });
    await repository.record({ caseId: 'gear-machining', answers: { strategy: { value: 'l0' } }, points: 40, exact: 6, total: 15 });
    await repository.record({ caseId: 'coatings-plant', answers: {}, points: 10, exact: 1, total: 15 });
    await repository.record({ caseId: 'gear-machining', answers: {}, points: 80, exact: 12, total: 15 });
    expect((await repository.listForCase('gear-machining')).map((a) => a.points)).toEqual([80, 40]);
    expect((await repository.list()).map((a) => a.caseId)).toEqual(['gear-machining', 'coatings-plant', 'gear-machining']);
    db.close();
  });
});
