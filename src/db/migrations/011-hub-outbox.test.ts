import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../core/hub/outbox';
import type { SyncItem } from '../../core/hub/sync-protocol';
import { exportWorkspace, restoreWorkspace } from '../backup';
import { openDatabase } from '../database';
import { HubOutboxRepository } from '../hub-outbox-repository';
import { freshIndexedDb, seedAndUpgrade } from '../test-support';

const company: SyncItem = {
  id: 'company:c1:1',
  kind: 'company',
  company: { localId: 'c1', profile: { name: '重庆甲机械', industryType: 'discrete' } },
};
const assessment = (n: number): SyncItem => ({ id: `assessment:a${n}`, kind: 'assessment', companyLocalId: 'c1', bundle: { n } });

describe('migration 011: park hub outbox and connection', () => {
  it('upgrades a version-10 workspace keeping its rows; the outbox queues once, client records first, and survives a backup', async () => {
    const db = await seedAndUpgrade(10, async (old) => {
      await old.companies.add({
        id: 'c1',
        name: '重庆甲机械',
        industryType: 'discrete',
        isDemo: false,
        createdAt: '2026-01-01',
        updatedAt: '2026-01-02',
      });
      await old.trainingDrafts.add({
        caseId: 'gear-machining',
        answers: { strategy: { value: 'l2' } },
        updatedAt: '2026-11-25T10:00:00.000Z',
      });
    });
    expect(db.verno).toBeGreaterThanOrEqual(11);
    expect(await db.companies.get('c1')).toMatchObject({ name: '重庆甲机械' });
    expect(await db.trainingDrafts.get('gear-machining')).toMatchObject({ answers: { strategy: { value: 'l2' } } });

    const outbox = new HubOutboxRepository(db);
    expect(await outbox.enqueue([assessment(1), assessment(2)], '2026-12-01T00:00:00.000Z')).toBe(2);
    // the client record queued later still goes first; queuing the same items again adds nothing
    expect(await outbox.enqueue([company, assessment(1)], '2026-12-02T00:00:00.000Z')).toBe(1);
    expect((await outbox.queued(10)).map((e) => e.id)).toEqual(['company:c1:1', 'assessment:a1', 'assessment:a2']);

    // a push answered for the first two only: those are marked, the third stays queued
    const outcome = await drainOutbox({
      store: outbox,
      push: (items) =>
        Promise.resolve({
          ok: true,
          value: {
            results: [
              { id: items[0]?.id ?? '', status: 'stored' },
              { id: items[1]?.id ?? '', status: 'refused', reason: { code: 'sync.invalidBundle' } },
            ],
          },
        }),
      now: () => '2026-12-03T00:00:00.000Z',
      maxBatches: 1,
    });
    expect(outcome).toEqual({ sent: 1, refused: 1 });
    expect(await outbox.counts()).toEqual({ queued: 1, sent: 1, refused: 1 });
    expect((await outbox.list('refused', 10))[0]).toMatchObject({
      id: 'assessment:a1',
      refusal: { code: 'sync.invalidBundle' },
      attempts: 1,
    });
    await outbox.connect({
      origin: 'https://hub.park.example.cn',
      installationId: 'i1',
      deviceToken: 'gzd_x',
      parkName: '两江园区',
      allowLocalNetwork: false,
      enrolledAt: '2026-12-01T00:00:00.000Z',
    });

    const bytes = await exportWorkspace(db, { appVersion: '0.1.0', createdAt: new Date('2026-12-04T00:00:00Z') });
    const other = await openDatabase(freshIndexedDb());
    await restoreWorkspace(other, bytes);
    const restored = new HubOutboxRepository(other);
    expect(await restored.counts()).toEqual({ queued: 1, sent: 1, refused: 1 });
    expect((await restored.queued(10)).map((e) => e.id)).toEqual(['assessment:a2']);
    expect(await restored.connection()).toMatchObject({ origin: 'https://hub.park.example.cn', parkName: '两江园区' });

    await restored.requeue('assessment:a1');
    expect((await restored.queued(10)).map((e) => e.id)).toEqual(['assessment:a1', 'assessment:a2']);
    db.close();
    other.close();
  });
});
