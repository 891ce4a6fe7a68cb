import type { HubAnswer, HubFailure } from './hub-client';
import { SYNC_BATCH_MAX, type SyncItem, type SyncRefusal, type SyncResponse } from './sync-protocol';

/**
 * The installation's outbox: what it has to tell the hub, kept locally (and in the backup) until the hub
 * has answered for each item. `queued` items are pushed oldest first, client records before the
 * assessments that name them; `sent` and `refused` items stay, with the answer, so the user sees what
 * happened. A refused item can be queued again (after fixing what the reason says).
 */
export type OutboxState = 'queued' | 'sent' | 'refused';

export interface OutboxEntry {
  /** The item id the hub sees; the same content always gets the same id (idempotent resend). */
  id: string;
  item: SyncItem;
  state: OutboxState;
  queuedAt: string;
  attempts: number;
  sentAt?: string;
  /** 'stored' or 'duplicate' (the hub already had it) once sent. */
  outcome?: 'stored' | 'duplicate';
  refusal?: { code: SyncRefusal; detail?: string };
}

export interface OutboxStore {
  /** Queued entries in `orderBatch` order (client records first, then oldest first), at most `limit`. */
  queued(limit: number): Promise<OutboxEntry[]>;
  /** Records the hub's answers; entries of one call are written together. */
  update(entries: readonly OutboxEntry[]): Promise<void>;
}

/** Client records go first: an assessment or inspection names its company. */
export const queueRank: Readonly<Record<SyncItem['kind'], number>> = { company: 0, assessment: 1, inspection: 2 };

/** The next batch: oldest first, but client records ahead (an assessment names its company). */
export function orderBatch(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return [...entries].sort(
    (a, b) => queueRank[a.item.kind] - queueRank[b.item.kind] || (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0),
  );
}

export function applyAnswers(batch: readonly OutboxEntry[], response: SyncResponse, now: string): OutboxEntry[] {
  const byId = new Map(response.results.map((r) => [r.id, r]));
  return batch.map((entry) => {
    const result = byId.get(entry.id);
    const attempts = entry.attempts + 1;
    if (!result) return { ...entry, attempts };
    if (result.status === 'refused') return { ...entry, attempts, state: 'refused', refusal: result.reason };
    return { ...entry, attempts, state: 'sent', sentAt: now, outcome: result.status };
  });
}

export interface DrainOutcome {
  sent: number;
  refused: number;
  /** Why the push stopped before the outbox was empty (the hub unreachable, the device revoked …). */
  stoppedBy?: HubFailure;
}

/**
 * Pushes queued entries batch by batch until none is left, the hub fails, or `maxBatches` is reached (a
 * bound, so one call never runs away). A batch is marked only from the hub's answer, so a push cut off
 * halfway is simply resent next time and the hub answers it again without storing anything twice.
 */
export async function drainOutbox(options: {
  store: OutboxStore;
  push: (items: SyncItem[]) => Promise<HubAnswer<SyncResponse>>;
  now: () => string;
  batchSize?: number;
  maxBatches?: number;
}): Promise<DrainOutcome> {
  const size = Math.min(options.batchSize ?? 50, SYNC_BATCH_MAX);
  const outcome: DrainOutcome = { sent: 0, refused: 0 };
  for (let i = 0; i < (options.maxBatches ?? 1000); i++) {
    const batch = orderBatch(await options.store.queued(size));
    if (batch.length === 0) return outcome;
    const answer = await options.push(batch.map((e) => e.item));
    if (!answer.ok) return { ...outcome, stoppedBy: answer.failure };
    const updated = applyAnswers(batch, answer.value, options.now());
    await options.store.update(updated);
    outcome.sent += updated.filter((e) => e.state === 'sent').length;
    outcome.refused += updated.filter((e) => e.state === 'refused').length;
  }
  return outcome;
}
