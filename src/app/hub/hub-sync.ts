import { checkHubAddress, type HubAddressProblem } from '../../core/hub/hub-address';
import { enrol, pooledFigures, pushItems, type HubClientOptions, type HubFailure } from '../../core/hub/hub-client';
import { drainOutbox, type DrainOutcome, type OutboxEntry, type OutboxState } from '../../core/hub/outbox';
import { inspectionItems, workspaceItems } from '../../core/hub/outbox-items';
import type { PooledFigures, SyncItem } from '../../core/hub/sync-protocol';
import type { GongzhiDatabase } from '../../db/database';
import { HubOutboxRepository, type HubConnectionRow } from '../../db/hub-outbox-repository';

/**
 * The user's actions with a park hub: connect (address + one-time code), send now, see what was sent,
 * read the park's pooled figures, disconnect. The hub is optional: without a connection nothing here
 * makes a request, and the outbox simply waits.
 */
export interface HubSyncDeps {
  db: GongzhiDatabase;
  fetch: typeof fetch;
  now: () => Date;
  /**
   * The shell's part (Platform.allowHubOrigin): lets the pages reach that hub. 'reload' when the loaded page
   * still has the old content policy; the screen reloads and connects again.
   */
  allowOrigin?: (origin: string | null) => Promise<'ready' | 'reload'>;
}

export type ConnectProblem = HubAddressProblem | HubFailure['code'] | 'hub.reloadNeeded';

function clientFor(deps: HubSyncDeps, origin: string): HubClientOptions {
  return { origin, fetch: (input, init) => deps.fetch(input, init) };
}

export async function connectHub(
  deps: HubSyncDeps,
  input: { address: string; allowLocalNetwork: boolean; code: string; installationName: string },
): Promise<{ ok: true; parkName: string } | { ok: false; problem: ConnectProblem }> {
  const address = checkHubAddress(input.address, { allowLocalNetwork: input.allowLocalNetwork });
  if (!address.ok) return { ok: false, problem: address.problem };
  if (deps.allowOrigin && (await deps.allowOrigin(address.origin)) === 'reload') return { ok: false, problem: 'hub.reloadNeeded' };
  const enrolled = await enrol(clientFor(deps, address.origin), input.code.trim(), input.installationName.trim() || 'Gongzhi');
  if (!enrolled.ok) return { ok: false, problem: enrolled.failure.code };
  await new HubOutboxRepository(deps.db).connect({
    origin: address.origin,
    installationId: enrolled.value.installationId,
    deviceToken: enrolled.value.deviceToken,
    parkName: enrolled.value.parkName,
    allowLocalNetwork: input.allowLocalNetwork,
    enrolledAt: deps.now().toISOString(),
  });
  return { ok: true, parkName: enrolled.value.parkName };
}

/** Everything the hub should have: client records, completed assessments, finished months of inspection. */
async function collectItems(db: GongzhiDatabase, now: Date): Promise<SyncItem[]> {
  const [companies, assessments] = await Promise.all([db.companies.toArray(), db.assessments.toArray()]);
  const items = workspaceItems(companies, assessments);
  // Inspection projects belong to the workspace, not to one client: they count for the company in use
  // (an SME's own installation has just that one).
  const settings = await db.settings.get('settings');
  const active = companies.find((c) => c.id === settings?.activeCompanyId && !c.isDemo);
  if (active) {
    const thisMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
    for (const project of await db.inspectionProjects.toArray()) {
      // only months after the last one already queued are read (results carry thumbnails: never all of them)
      const queued = (await db.hubOutbox.where('id').startsWith(`inspection:${project.id}:`).primaryKeys())
        .map((key) => String(key).slice(-7))
        .sort();
      const last = queued.at(-1);
      const from = last ? Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1) : 0;
      if (from >= thisMonth) continue;
      const results = await db.inspectionResults
        .where('[projectId+checkedAt]')
        .between([project.id, from], [project.id, thisMonth])
        .toArray();
      items.push(...inspectionItems(active.id, project, results, now));
    }
  }
  return items;
}

export type SyncOutcome = { connected: false } | ({ connected: true; queuedNow: number } & DrainOutcome);

/** Queues what is new and pushes the outbox; safe to call at any time (a cut-off push resumes next time). */
export async function syncNow(deps: HubSyncDeps): Promise<SyncOutcome> {
  const outbox = new HubOutboxRepository(deps.db);
  const connection = await outbox.connection();
  if (!connection) return { connected: false };
  const now = deps.now();
  const queuedNow = await outbox.enqueue(await collectItems(deps.db, now), now.toISOString());
  const client = clientFor(deps, connection.origin);
  const outcome = await drainOutbox({
    store: outbox,
    push: (items) => pushItems(client, connection.deviceToken, items),
    now: () => deps.now().toISOString(),
    maxBatches: 200,
  });
  return { connected: true, queuedNow, ...outcome };
}

export interface HubStatus {
  connection?: Omit<HubConnectionRow, 'deviceToken' | 'id'>;
  counts: Record<OutboxState, number>;
  refused: OutboxEntry[];
}

export async function hubStatus(deps: Pick<HubSyncDeps, 'db'>): Promise<HubStatus> {
  const outbox = new HubOutboxRepository(deps.db);
  const row = await outbox.connection();
  const [counts, refused] = await Promise.all([outbox.counts(), outbox.list('refused', 20)]);
  if (!row) return { counts, refused };
  const { deviceToken: _token, id: _id, ...connection } = row;
  void _token;
  void _id;
  return { connection, counts, refused };
}

export async function requeueRefused(deps: Pick<HubSyncDeps, 'db'>, id: string): Promise<void> {
  await new HubOutboxRepository(deps.db).requeue(id);
}

export async function disconnectHub(deps: Pick<HubSyncDeps, 'db' | 'allowOrigin'>): Promise<void> {
  await new HubOutboxRepository(deps.db).disconnect();
  await deps.allowOrigin?.(null);
}

export async function parkFigures(
  deps: HubSyncDeps,
  frameworkId: string,
): Promise<{ ok: true; figures: PooledFigures & { parkName: string } } | { ok: false; problem: HubFailure['code'] | 'hub.notConnected' }> {
  const connection = await new HubOutboxRepository(deps.db).connection();
  if (!connection) return { ok: false, problem: 'hub.notConnected' };
  const answer = await pooledFigures(clientFor(deps, connection.origin), connection.deviceToken, frameworkId);
  return answer.ok ? { ok: true, figures: answer.value } : { ok: false, problem: answer.failure.code };
}
