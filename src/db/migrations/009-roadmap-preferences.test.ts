import { describe, expect, it } from 'vitest';
import { defaultRoadmapPreferences } from '../../core/catalog/recommend/roadmap-preferences';
import { exportWorkspace, restoreWorkspace } from '../backup';
import { CompanyRepository } from '../company-repository';
import { openDatabase } from '../database';
import { RoadmapPreferencesRepository } from '../roadmap-preferences-repository';
import { freshIndexedDb, seedAndUpgrade } from '../test-support';

const company = {
  id: 'c1',
  name: '重庆某机械',
  industryType: 'discrete',
  cluster: 'nev',
  isDemo: false,
  createdAt: '2026-01-01',
  updatedAt: '2026-01-02',
} as const;

describe('migration 009: roadmap preferences per company', () => {
  it('upgrades a version-8 workspace keeping companies and assessments; preferences save, survive a backup and go with their company', async () => {
    const db = await seedAndUpgrade(8, async (old) => {
      await old.companies.add(company);
      await old.companies.add({ ...company, id: 'c2', name: '另一家' });
      await old.settings.put({ id: 'settings', language: 'zh-CN', activeCompanyId: 'c1' });
      await old.assessments.add({
        id: 'a1',
        companyId: 'c1',
        frameworkId: 'quick-check',
        frameworkVersion: '1.0.0',
        industryType: 'discrete',
        status: 'inProgress',
        answers: {},
        createdAt: '2026-01-03',
        updatedAt: '2026-01-03',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(await db.companies.count()).toBe(2);
    expect(await db.assessments.get('a1')).toMatchObject({ companyId: 'c1' });

    const repo = new RoadmapPreferencesRepository(db);
    expect(await repo.get('c1')).toBeUndefined();
    const mine = {
      ...defaultRoadmapPreferences,
      funding: { ...defaultRoadmapPreferences.funding, budgetWan: 80, voucherWan: 12 },
      priorities: { ...defaultRoadmapPreferences.priorities, energy: 3 },
    };
    await repo.save('c1', mine);
    expect(await repo.get('c1')).toEqual(mine);
    expect(await repo.get('c2')).toBeUndefined();

    // A row written by hand (or by a newer version) with a bad field keeps the good ones.
    await db.roadmapPreferences.put({
      companyId: 'c2',
      updatedAt: 'x',
      preferences: { ...mine, funding: { ...mine.funding, budgetWan: -5 } },
    });
    expect((await repo.get('c2'))?.funding).toEqual({ ...mine.funding, budgetWan: defaultRoadmapPreferences.funding.budgetWan });

    // Restore refuses a file holding such a row (a preference of no company, dated "x"), so it goes first.
    await db.roadmapPreferences.delete('c2');
    const bytes = await exportWorkspace(db, { appVersion: '0.1.0', createdAt: new Date('2026-11-25T10:00:00Z') });
    const other = await openDatabase(freshIndexedDb());
    await restoreWorkspace(other, bytes);
    expect(await new RoadmapPreferencesRepository(other).get('c1')).toEqual(mine);

    await new CompanyRepository(db).delete('c1');
    expect(await repo.get('c1')).toBeUndefined();
    expect(await db.roadmapPreferences.count()).toBe(0);
    db.close();
    other.close();
  });
});
