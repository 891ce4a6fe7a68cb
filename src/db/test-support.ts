import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DatabaseOptions } from './database';

/** A private in-memory IndexedDB per test, so tests never see each other's databases. */
export function freshIndexedDb(): Required<Pick<DatabaseOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}
