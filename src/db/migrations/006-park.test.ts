import { describe, expect, it } from 'vitest';
import { ParkRepository } from '../park-repository';
import { seedAndUpgrade } from '../test-support';
import type { PoolRow } from '../../core/park/pool-row';

const row = (id: string, fingerprint: string): PoolRow => ({
  id,
  fingerprint,
  sourceName: `${id}.json`,
  importedAt: '2026-11-25T00:00:00.000Z',
  company: { name: '园区企业', industryType: 'discrete', cluster: 'nev' },
  frameworkId: 'quick-check',
  frameworkVersion: '1.0.0',
  level: 2,
  totalScore: 2.1,
  maxScore: 5,
  domains: [{ id: 'data', ratio: 0.4 }],
});

describe('migration 006: park pool', () => {
  it('upgrades a version-5 workspace keeping its rows; the pool is separate and refuses a duplicate fingerprint whole', async () => {
    const db = await seedAndUpgrade(5, async (old) => {
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
        answers: {},
        points: 50,
        exact: 5,
        total: 15,
        completedAt: '2026-11-01',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.trainingAttempts.get('t1')).toMatchObject({ points: 50 });

    const park = new ParkRepository(db);
    await park.addAll([row('p1', 'f1'), row('p2', 'f2')]);
    expect(await park.fingerprints()).toEqual(new Set(['f1', 'f2']));
    await expect(park.addAll([row('p3', 'f3'), row('p4', 'f1')])).rejects.toMatchObject({ code: 'storage.duplicateKey' });
    expect((await park.list()).map((r) => r.id).sort()).toEqual(['p1', 'p2']);
    expect(await db.companies.count()).toBe(1);

    // stored in chunks, still all or nothing: a duplicate in the last chunk leaves none of the earlier chunks
    const stored: number[] = [];
    await expect(
      park.addAll([row('p5', 'f5'), row('p6', 'f6'), row('p7', 'f7'), row('p8', 'f2')], {
        chunkSize: 2,
        onProgress: (n) => stored.push(n),
      }),
    ).rejects.toMatchObject({ code: 'storage.duplicateKey' });
    expect(stored).toEqual([2]);
    expect((await park.list()).map((r) => r.id).sort()).toEqual(['p1', 'p2']);
    await park.addAll([row('p5', 'f5'), row('p6', 'f6'), row('p7', 'f7')], { chunkSize: 2, onProgress: (n) => stored.push(n) });
    expect(stored).toEqual([2, 2, 3]);
    expect((await park.list()).map((r) => r.id).sort()).toEqual(['p1', 'p2', 'p5', 'p6', 'p7']);
    db.close();
  });
});
