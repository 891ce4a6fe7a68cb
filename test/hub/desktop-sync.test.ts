import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrol, pooledFigures, pushItems, type HubClientOptions } from '../../src/core/hub/hub-client';
import { drainOutbox, orderBatch, type OutboxEntry, type OutboxStore } from '../../src/core/hub/outbox';
import type { SyncItem } from '../../src/core/hub/sync-protocol';
import { buildHubServer } from '../../src/hub/server';
import { assessmentItem, expectStatus, seedPark, startHub, type Hub } from './support/hub-fixture';

/** The app's side (core hub client + outbox) against a real hub on a loopback socket. */
let hub: Hub;
let park: Awaited<ReturnType<typeof seedPark>>;
let client: HubClientOptions;

beforeAll(async () => {
  hub = await startHub();
  park = await seedPark(hub);
  await hub.app.listen({ host: '127.0.0.1', port: 0 });
  const address = hub.app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  client = { origin: `http://127.0.0.1:${address.port}`, fetch, timeoutMs: 5000 };
});
afterAll(() => hub.close());

function memoryStore(items: SyncItem[]): OutboxStore & { entries: Map<string, OutboxEntry> } {
  const entries = new Map(
    items.map((item, i): [string, OutboxEntry] => [
      item.id,
      { id: item.id, item, state: 'queued', queuedAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(), attempts: 0 },
    ]),
  );
  return {
    entries,
    queued: (limit) => Promise.resolve(orderBatch([...entries.values()].filter((e) => e.state === 'queued')).slice(0, limit)),
    update: (updated) => {
      for (const e of updated) entries.set(e.id, e);
      return Promise.resolve();
    },
  };
}

const now = () => '2026-12-06T00:00:00.000Z';

describe('the app pushing its outbox to a hub', () => {
  it('enrols with a one-time code, pushes every item in batches, company records first, and resumes after the hub went away', async () => {
    const code = expectStatus(await hub.call('POST', '/api/v1/enrolment-codes', park.tokenA, {}), 201).json<{ code: string }>().code;
    const enrolled = await enrol(client, code, '服务商的笔记本');
    if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.failure));
    expect(enrolled.value.parkName).toBe('两江新区智造园');
    expect((await enrol(client, code, 'again')).ok).toBe(false);
    const token = enrolled.value.deviceToken;

    // assessments queued before their client record still arrive under the record's profile
    const items: SyncItem[] = [
      ...Array.from({ length: 119 }, (_, i) => assessmentItem(`desk-${i}`, `client-${i % 3}`, 1000 + i)),
      {
        id: 'desk-company-0',
        kind: 'company',
        company: { localId: 'client-0', profile: { name: '客户零号', industryType: 'discrete', cluster: 'nev' } },
      },
    ];
    const store = memoryStore(items);
    const push = (batch: SyncItem[]) => pushItems(client, token, batch);
    const first = await drainOutbox({ store, push, now, maxBatches: 1 });
    expect(first).toEqual({ sent: 50, refused: 0 });
    expect(store.entries.get('desk-company-0')?.state).toBe('sent');

    // the hub goes away: nothing is marked, the outbox keeps its items
    const offline = await drainOutbox({
      store,
      push: (batch) => pushItems({ ...client, origin: 'http://127.0.0.1:9' }, token, batch),
      now,
    });
    expect(offline.stoppedBy?.code).toBe('hub.unreachable');
    expect([...store.entries.values()].filter((e) => e.state === 'queued')).toHaveLength(70);

    const rest = await drainOutbox({ store, push, now });
    expect(rest).toEqual({ sent: 70, refused: 0 });
    const stored = await hub.database.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('installation_id', '=', enrolled.value.installationId)
      .executeTakeFirstOrThrow();
    expect(stored.n).toBe(119);
    const names = await hub.database.db
      .selectFrom('companies')
      .select('name')
      .where('installation_id', '=', enrolled.value.installationId)
      .where('local_id', '=', 'client-0')
      .executeTakeFirstOrThrow();
    expect(names.name).toBe('客户零号');

    // everything resent (an outbox restored from an older backup): answered, nothing stored twice
    const replay = memoryStore(items);
    expect(await drainOutbox({ store: replay, push, now })).toEqual({ sent: 120, refused: 0 });
    expect([...replay.entries.values()].every((e) => e.outcome === 'stored')).toBe(true);

    const figures = await pooledFigures(client, token, 'quick-check');
    expect(figures.ok && figures.value.companies).toBeGreaterThanOrEqual(3);
  });

  it('keeps a refused item with the reason, and stops with "revoked" once the administrator disconnects the installation', async () => {
    const installation = await park.enrol(park.tokenA, {}, '将被断开');
    const broken = assessmentItem('broken', 'c', 5);
    (broken as { bundle: { assessment: { frameworkVersion: string } } }).bundle.assessment.frameworkVersion = '9.9.9';
    const store = memoryStore([broken, assessmentItem('fine', 'c', 6)]);
    const push = (batch: SyncItem[]) => pushItems(client, installation.deviceToken, batch);
    expect(await drainOutbox({ store, push, now })).toEqual({ sent: 1, refused: 1 });
    expect(store.entries.get('broken')).toMatchObject({ state: 'refused', refusal: { code: 'sync.invalidBundle' } });

    expectStatus(await hub.call('POST', `/api/v1/installations/${installation.installationId}/revoke`, park.admin), 204);
    const later = memoryStore([assessmentItem('after-revoke', 'c', 7)]);
    const outcome = await drainOutbox({ store: later, push, now });
    expect(outcome.stoppedBy).toEqual({ code: 'hub.deviceRevoked' });
    expect(later.entries.get('after-revoke')?.state).toBe('queued');
  });

  it('a new hub process on the same database answers the resent batch of a killed one', async () => {
    // a second server instance (as after a restart) over the same database
    const second = await buildHubServer({ config: hub.config, db: hub.database.db, logger: false });
    try {
      const items = [assessmentItem('restart-1', 'r', 2000)];
      const first = await second.inject({
        method: 'POST',
        url: '/api/v1/sync',
        headers: { authorization: `Bearer ${park.installationA.deviceToken}` },
        payload: { items },
      });
      const again = await hub.call('POST', '/api/v1/sync', park.installationA.deviceToken, { items });
      expect(first.json()).toEqual(again.json());
    } finally {
      await second.close();
    }
  });
});
