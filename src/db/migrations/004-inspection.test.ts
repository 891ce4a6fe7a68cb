import { describe, expect, it } from 'vitest';
import type { InspectionResult } from '../../core/inspection/records';
import { InspectionRepository } from '../inspection-repository';
import { seedAndUpgrade } from '../test-support';

function result(projectId: string, checkedAt: number, verdict: 'ok' | 'ng'): Omit<InspectionResult, 'id'> {
  return {
    projectId,
    checkedAt,
    fileName: `img-${checkedAt}.png`,
    source: 'batch',
    verdict,
    modelVerdict: verdict,
    score: verdict === 'ng' ? 20 : 3,
    threshold: 6,
    backend: 'wasm-threads',
    timingMs: 120,
    thumbnail: new Uint8Array([0xff, 0xd8, 1, 2]),
    map: { width: 2, height: 2, low: 0, high: 1, data: new Uint8Array([0, 1, 2, 3]) },
  };
}

describe('migration 004: inspection projects, results and batches', () => {
  it('upgrades a version-3 workspace without losing anything, then stores and filters inspection results', async () => {
    const db = await seedAndUpgrade(3, async (old) => {
      await old.companies.add({
        id: 'c1',
        name: '重庆甲机械',
        cluster: 'equipment',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      });
      await old.settings.put({ id: 'settings', language: 'en', largeText: false, activeCompanyId: 'c1' });
      await old.catalogActive.put({ id: 'active', versionId: 'v1', changedAt: '2026-02-01' });
    });
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.settings.get('settings')).toMatchObject({ language: 'en' });
    expect(await db.catalogActive.count()).toBe(1);

    const repo = new InspectionRepository(db);
    const p1 = await repo.createProject(' 阀体 A ');
    const p2 = await repo.createProject('端盖');
    expect(p1.name).toBe('阀体 A');
    const model = new Uint8Array([0x47, 0x5a, 0x49, 0x4d, 9]);
    await repo.updateProject(p1.id, { model, threshold: 6.5, goodImages: 20 });
    expect((await repo.getProject(p1.id))?.model).toEqual(model);

    for (let i = 0; i < 120; i++) await repo.addResult(result(i % 2 ? p1.id : p2.id, 1_000 + i, i % 3 === 0 ? 'ng' : 'ok'));
    const ngPage = await repo.page({ projectId: p1.id, verdict: 'ng' }, 10);
    expect(ngPage.results).toHaveLength(10);
    expect(ngPage.results.every((r) => r.projectId === p1.id && r.verdict === 'ng')).toBe(true);
    // newest first, and the next page continues where this one stopped
    const times = ngPage.results.map((r) => r.checkedAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await repo.page({ projectId: p1.id, verdict: 'ng' }, 10, ngPage.next);
    expect(Math.max(...second.results.map((r) => r.checkedAt))).toBeLessThan(Math.min(...times));
    const ranged = await repo.page({ projectId: p1.id, from: 1_010, to: 1_019 }, 50);
    expect(ranged.results.map((r) => r.checkedAt)).toEqual([1_019, 1_017, 1_015, 1_013, 1_011]);

    // a reviewer's correction changes what the filter finds and keeps the model's verdict
    const falseAlarm = ngPage.results[0];
    if (!falseAlarm) throw new Error('no result');
    await repo.review(falseAlarm.id, 'ok', undefined);
    const reviewed = await db.inspectionResults.get(falseAlarm.id);
    expect(reviewed).toMatchObject({ verdict: 'ok', modelVerdict: 'ng' });
    expect((await repo.page({ projectId: p1.id, verdict: 'ng' }, 100)).results.some((r) => r.id === falseAlarm.id)).toBe(false);
    db.close();
  });

  it('keeps a batch queue with its images until each is checked, so it can resume', async () => {
    const db = await seedAndUpgrade(3, async () => {});
    const repo = new InspectionRepository(db);
    const project = await repo.createProject('壳体');
    const batch = await repo.createBatch(project.id, [
      { name: 'a.png', bytes: new Uint8Array([1]) },
      { name: 'b.png', bytes: new Uint8Array([2]) },
    ]);
    await repo.setBatchStatus(batch.id, 'paused');
    expect((await repo.unfinishedBatches(project.id)).map((b) => b.id)).toEqual([batch.id]);
    await repo.finishItem(batch.id, 0, { name: 'a.png', state: 'done', resultId: 'r1' });
    expect(await repo.batchImage(batch.id, 0)).toBeUndefined();
    expect(await repo.batchImage(batch.id, 1)).toEqual(new Uint8Array([2]));
    const done = await repo.finishItem(batch.id, 1, { name: 'b.png', state: 'failed', errorCode: 'vision.empty-file' });
    expect(done.status).toBe('done');
    expect(await repo.unfinishedBatches(project.id)).toEqual([]);
    expect(await db.inspectionBatchImages.count()).toBe(0);
    db.close();
  });
});
