import { describe, expect, it } from 'vitest';
import type { InspectionResult } from '../../core/inspection/records';
import { InspectionRepository } from '../inspection-repository';
import { seedAndUpgrade } from '../test-support';

const result = (id: string, checkedAt: number, reviewedAt?: number): InspectionResult => ({
  id,
  projectId: 'p1',
  checkedAt,
  fileName: `${id}.png`,
  source: 'batch',
  verdict: reviewedAt ? 'ok' : 'ng',
  modelVerdict: 'ng',
  score: 9,
  threshold: 6,
  backend: 'wasm',
  timingMs: 80,
  thumbnail: new Uint8Array([0xff, 0xd8]),
  map: { width: 1, height: 1, low: 0, high: 1, data: new Uint8Array([1]) },
  ...(reviewedAt ? { reviewedAt } : {}),
});

describe('migration 008: reviewed results index', () => {
  it('upgrades a version-7 workspace keeping every result and copy, and finds the reviewed ones of a project', async () => {
    const db = await seedAndUpgrade(7, async (old) => {
      await old.inspectionProjects.add({
        id: 'p1',
        name: '阀体',
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
        goodImages: 20,
        defectTypes: [],
      });
      await old.inspectionResults.bulkAdd([result('a', 1), result('b', 2, 50), result('c', 3), { ...result('d', 4, 60), projectId: 'p2' }]);
      await old.inspectionRefitCopies.add({ id: 'b', projectId: 'p1', bytes: new Uint8Array([0xff, 0xd8, 5]) });
      await old.inspectionTeachImages.add({ id: 't1', projectId: 'p1', kind: 'good', bytes: new Uint8Array([1]) });
    });
    expect(db.verno).toBeGreaterThanOrEqual(8);
    expect(await db.inspectionResults.count()).toBe(4);
    expect(await db.inspectionTeachImages.count()).toBe(1);
    const repo = new InspectionRepository(db);
    expect((await repo.reviewedResults('p1')).map((r) => r.id)).toEqual(['b']);
    expect((await repo.refitCopies(['b'])).get('b')).toEqual(new Uint8Array([0xff, 0xd8, 5]));
    // a new review joins the index; the history pages still work through their own indexes
    await repo.review('a', 'ok', undefined);
    expect((await repo.reviewedResults('p1')).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect((await repo.page({ projectId: 'p1' }, 50)).results.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    db.close();
  });
});
