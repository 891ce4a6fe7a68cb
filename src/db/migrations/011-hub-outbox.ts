import type { Migration } from './migration';

/**
 * The park hub (optional): what this installation still has to send, and the connection itself.
 * - `hubOutbox`: one row per item (client record, finished assessment, inspection statistics) with its state
 *   (queued / sent / refused and why); the compound index serves "the next queued items, client records
 *   first, oldest first" without reading the sent ones.
 * - `hubConnection`: one row, the hub's address, the device token it issued and the park's name.
 * Both are new tables, so they join backups; nothing existing is reshaped.
 */
export const migration011HubOutbox: Migration = {
  version: 11,
  description: 'park hub outbox and connection',
  stores: {
    hubOutbox: 'id, [state+rank+queuedAt]',
    hubConnection: 'id',
  },
};
