import { describe, expect, it } from 'vitest';
import type { InspectionResult } from '../../core/inspection/records';
import { exportWorkspace, restoreWorkspace } from '../backup';
import { openDatabase } from '../database';
import { InspectionRepository } from '../inspection-repository';
import { freshIndexedDb, seedAndUpgrade } from '../test-support';

const result = (projectId: string, fileName: string, verdict: 'ok' | 'ng'): Omit<InspectionResult, 'id'> => ({
  projectId,
  checkedAt: 1_000,
  fileName,
  source: 'batch',
  verdict,
  modelVerdict: verdict,
  score: verdict === 'ng' ? 9 : 2,
  threshold: 6,
  backend: 'wasm',
  timingMs: 80,
  thumbnail: new Uint8Array([0xff, 0xd8, 7]),
  map: { width: 2, height: 2, low: 0, high: 1, data: new Uint8Array([0, 1, 2, 3]) },
});

describe('migration 007: teaching images and refit copies', () => {
  it('upgrades a version-6 workspace keeping projects, models and results; older results have no copy; backups carry the new tables', async () => {
    const model = new Uint8Array([0x47, 0x5a, 0x49, 0x4d, 3, 1]);
    const db = await seedAndUpgrade(6, async (old) => {
      await old.inspectionProjects.add({
        id: 'p1',
        name: '阀体',
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
        model,
        threshold: 6,
        proposedThreshold: 5.5,
        goodScores: [1, 2],
        goodImages: 20,
        defectTypes: [{ name: '划痕', examples: 3 }],
      });
      await old.inspectionResults.add({ ...result('p1', 'old.png', 'ng'), id: 'r-old' });
      await old.parkAssessments.add({
        id: 'k1',
        fingerprint: 'f',
        sourceName: 'a.json',
        importedAt: '2026-11-01',
        company: { name: '园区企业', industryType: 'discrete', cluster: 'nev' },
        frameworkId: 'quick-check',
        frameworkVersion: '1.0.0',
        level: 2,
        totalScore: 2,
        maxScore: 5,
        domains: [],
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.inspectionProjects.get('p1')).toMatchObject({ model, threshold: 6, defectTypes: [{ name: '划痕', examples: 3 }] });
    expect(await db.parkAssessments.count()).toBe(1);
    const repo = new InspectionRepository(db);
    expect((await repo.allResults('p1'))[0]?.refitCopy).toBeUndefined();

    // teaching again replaces the set of its kind only
    await repo.replaceTeachImages('p1', 'good', [{ bytes: new Uint8Array([1]) }, { bytes: new Uint8Array([2]) }]);
    await repo.replaceTeachImages('p1', 'defect', [{ label: '划痕', bytes: new Uint8Array([3]) }]);
    await repo.replaceTeachImages('p1', 'good', [{ bytes: new Uint8Array([4]) }]);
    const teach = await repo.teachImages('p1');
    expect(teach.map((t) => [t.kind, t.label, Array.from(t.bytes)]).sort()).toEqual([
      ['defect', '划痕', [3]],
      ['good', undefined, [4]],
    ]);

    const kept = await repo.addResult(result('p1', 'ng.png', 'ng'), new Uint8Array([0xff, 0xd8, 9]));
    const notKept = await repo.addResult({ ...result('p1', 'ok.png', 'ok'), refitCopy: 'not-kept' });
    expect(kept.refitCopy).toBe('kept');
    const copies = await repo.refitCopies([kept.id, notKept.id, 'r-old']);
    expect([...copies.keys()]).toEqual([kept.id]);
    expect(copies.get(kept.id)).toEqual(new Uint8Array([0xff, 0xd8, 9]));

    // restoring a backup into another installation brings projects, models, teaching images and copies back
    const bytes = await exportWorkspace(db, { appVersion: '0.1.0', createdAt: new Date('2026-11-25T10:00:00Z') });
    const other = await openDatabase(freshIndexedDb());
    await restoreWorkspace(other, bytes);
    const restored = new InspectionRepository(other);
    expect((await restored.getProject('p1'))?.model).toEqual(model);
    expect((await restored.teachImages('p1')).length).toBe(2);
    expect((await restored.refitCopies([kept.id])).get(kept.id)).toEqual(new Uint8Array([0xff, 0xd8, 9]));
    db.close();
    other.close();
  });
});
