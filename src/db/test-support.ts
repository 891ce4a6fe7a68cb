import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type DatabaseOptions, type GongzhiDatabase } from './database';
import type { Migration } from './migrations';

/** A private in-memory IndexedDB per test, so tests never see each other's databases. */
export function freshIndexedDb(): Required<Pick<DatabaseOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/**
 * The upgrade test every migration needs: opens the database at version `from` in a private IndexedDB,
 * lets `seed` write rows the way that version stored them, closes it, and reopens it at the newest
 * version (of `migrations`, by default the app's), so the migration under test runs on real old data.
 */
export async function seedAndUpgrade(
  from: number,
  seed: (old: GongzhiDatabase) => Promise<void>,
  migrations?: readonly Migration[],
): Promise<GongzhiDatabase> {
  const idb = freshIndexedDb();
  const old = await openDatabase({ ...idb, upToVersion: from, ...(migrations ? { migrations } : {}) });
  await seed(old);
  old.close();
  return openDatabase({ ...idb, ...(migrations ? { migrations } : {}) });
}
