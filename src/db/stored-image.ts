/// <reference lib="webworker" />
/**
 * Reads a queued batch image straight from IndexedDB inside the inspection worker, so a batch's image bytes never
 * pass through the UI thread (reading and handing over hundreds of them there cost long pauses, mostly garbage
 * collection). Read-only, raw IndexedDB: the UI's Dexie database owns the schema; this connection steps aside
 * whenever the UI upgrades it.
 */

/** Where a queued image is stored: the database, the object store and the record's key. */
export interface StoredImageRef {
  readonly database: string;
  readonly store: string;
  readonly key: string;
}

const connections = new Map<string, Promise<IDBDatabase>>();

function connect(name: string): Promise<IDBDatabase> {
  let pending = connections.get(name);
  if (!pending) {
    pending = new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          connections.delete(name);
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    });
    pending.catch(() => connections.delete(name));
    connections.set(name, pending);
  }
  return pending;
}

export async function readStoredImage(ref: StoredImageRef): Promise<Uint8Array> {
  const db = await connect(ref.database);
  const record = await new Promise<unknown>((resolve, reject) => {
    const request = db.transaction(ref.store, 'readonly').objectStore(ref.store).get(ref.key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
  const bytes = (record as { bytes?: unknown } | undefined)?.bytes;
  if (!(bytes instanceof Uint8Array)) throw new Error('the stored image of a pending item is missing');
  return bytes;
}
