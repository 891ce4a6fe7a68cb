import type { Transaction } from 'dexie';

/**
 * One step of the database schema. `stores` lists only the tables this step adds or changes (Dexie keeps
 * the rest); `upgrade` rewrites existing rows when their shape changes and runs inside the upgrade
 * transaction, so a failing upgrade leaves the previous version untouched.
 */
export interface Migration {
  readonly version: number;
  /** Why the step exists; shown nowhere, read by whoever writes the next one. */
  readonly description: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (transaction: Transaction) => Promise<void>;
}
