import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { freshIndexedDb } from '../test-support';

describe('migration 002: assessments', () => {
  it('upgrades a version-1 workspace without losing companies or settings, and adds the assessment tables', async () => {
    const idb = freshIndexedDb();
    const old = await openDatabase({ ...idb, upToVersion: 1 });
    await old.companies.bulkAdd([
      {
        id: 'c1',
        name: '重庆甲机械',
        cluster: 'equipment',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      },
      { id: 'c2', name: '涪陵乙化工', industryType: 'process', isDemo: true, createdAt: '2026-01-01', updatedAt: '2026-01-03' },
    ]);
    await old.settings.put({ id: 'settings', language: 'zh-TW', largeText: true, activeCompanyId: 'c2' });
    old.close();

    const db = await openDatabase({ ...idb, upToVersion: 2 });
    expect(db.verno).toBe(2);
    expect(await db.companies.orderBy('updatedAt').primaryKeys()).toEqual(['c1', 'c2']);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械', cluster: 'equipment' });
    expect(await db.settings.get('settings')).toEqual({ id: 'settings', language: 'zh-TW', largeText: true, activeCompanyId: 'c2' });

    const indexes = (name: string) =>
      db
        .table(name)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(indexes('assessments')).toEqual(['[companyId+updatedAt]', 'companyId', 'frameworkId']);
    expect(indexes('assessmentAttachments')).toEqual(['assessmentId']);
    await db.assessments.bulkAdd(
      ['2026-03-01', '2026-01-01', '2026-02-01'].map((updatedAt, i) => ({
        id: `a${i}`,
        companyId: i === 2 ? 'c2' : 'c1',
        frameworkId: 'quick-check',
        frameworkVersion: '1.0.0',
        industryType: 'discrete' as const,
        status: 'inProgress' as const,
        answers: {},
        createdAt: updatedAt,
        updatedAt,
      })),
    );
    // The compound index answers "this company's history in time order" on its own.
    expect(await db.assessments.where('[companyId+updatedAt]').between(['c1', ''], ['c1', '\uffff']).primaryKeys()).toEqual(['a1', 'a0']);
    db.close();
  });
});
