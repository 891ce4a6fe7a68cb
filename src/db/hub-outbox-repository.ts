import { Dexie } from 'dexie';
import { queueRank, type OutboxEntry, type OutboxState, type OutboxStore } from '../core/hub/outbox';
import type { SyncItem } from '../core/hub/sync-protocol';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

/** An outbox entry as stored: `rank` orders client records ahead of what names them (see the index). */
export type HubOutboxRow = OutboxEntry & { rank: number };

/** The one connection row. The device token is a credential: a lost backup file is a reason to revoke it. */
export interface HubConnectionRow {
  id: 'hub';
  origin: string;
  installationId: string;
  deviceToken: string;
  parkName: string;
  allowLocalNetwork: boolean;
  enrolledAt: string;
}

const toRow = (entry: OutboxEntry): HubOutboxRow => ({ ...entry, rank: queueRank[entry.item.kind] });

function fromRow({ rank, ...entry }: HubOutboxRow): OutboxEntry {
  void rank; // an index key, not part of the entry
  return entry;
}

export class HubOutboxRepository implements OutboxStore {
  constructor(private readonly db: GongzhiDatabase) {}

  async queued(limit: number): Promise<OutboxEntry[]> {
    const rows = await withStorageErrors(() =>
      this.db.hubOutbox
        .where('[state+rank+queuedAt]')
        .between(['queued', Dexie.minKey, Dexie.minKey], ['queued', Dexie.maxKey, Dexie.maxKey])
        .limit(limit)
        .toArray(),
    );
    return rows.map(fromRow);
  }

  async update(entries: readonly OutboxEntry[]): Promise<void> {
    await withStorageErrors(() => this.db.hubOutbox.bulkPut(entries.map(toRow)));
  }

  /**
   * Queues items not queued before. Ids are derived from content, so queuing the same result twice (a
   * second click, an app restart) adds nothing; an item already sent stays sent.
   */
  async enqueue(items: readonly SyncItem[], now: string): Promise<number> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.hubOutbox, async () => {
        const known = new Set((await this.db.hubOutbox.bulkGet(items.map((i) => i.id))).filter((r) => r !== undefined).map((r) => r.id));
        const fresh = items
          .filter((i) => !known.has(i.id))
          .map((item) => toRow({ id: item.id, item, state: 'queued', queuedAt: now, attempts: 0 }));
        await this.db.hubOutbox.bulkAdd(fresh);
        return fresh.length;
      }),
    );
  }

  /** A refused item queued again once the user has fixed what the reason said. */
  async requeue(id: string): Promise<void> {
    await withStorageErrors(() =>
      this.db.hubOutbox
        .where('id')
        .equals(id)
        .modify((row) => {
          row.state = 'queued';
          delete row.refusal;
        }),
    );
  }

  async counts(): Promise<Record<OutboxState, number>> {
    const count = (state: OutboxState) =>
      this.db.hubOutbox
        .where('[state+rank+queuedAt]')
        .between([state, Dexie.minKey, Dexie.minKey], [state, Dexie.maxKey, Dexie.maxKey])
        .count();
    return withStorageErrors(async () => ({ queued: await count('queued'), sent: await count('sent'), refused: await count('refused') }));
  }

  async list(state: OutboxState, limit: number): Promise<OutboxEntry[]> {
    const rows = await withStorageErrors(() =>
      this.db.hubOutbox
        .where('[state+rank+queuedAt]')
        .between([state, Dexie.minKey, Dexie.minKey], [state, Dexie.maxKey, Dexie.maxKey])
        .limit(limit)
        .toArray(),
    );
    return rows.map(fromRow);
  }

  async connection(): Promise<HubConnectionRow | undefined> {
    return withStorageErrors(() => this.db.hubConnection.get('hub'));
  }

  async connect(row: Omit<HubConnectionRow, 'id'>): Promise<void> {
    await withStorageErrors(() => this.db.hubConnection.put({ id: 'hub', ...row }));
  }

  /** Forgets the hub; the outbox stays (a later connection can send what is queued). */
  async disconnect(): Promise<void> {
    await withStorageErrors(() => this.db.hubConnection.delete('hub'));
  }
}
