import type { PoolRow } from '../core/park/pool-row';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

/** The park pool. Only ever touches its own table. */
export class ParkRepository {
  constructor(private readonly db: GongzhiDatabase) {}

  async list(): Promise<PoolRow[]> {
    return withStorageErrors(() => this.db.parkAssessments.toArray());
  }

  async fingerprints(): Promise<Set<string>> {
    const keys = await withStorageErrors(() => this.db.parkAssessments.orderBy('fingerprint').keys());
    return new Set(keys.map(String));
  }

  /**
   * Stores an import's accepted rows in one transaction: a failure stores none of them. The rows go in
   * `chunkSize` at a time, each chunk added once the previous one is in, so copying 5,000 rows into IndexedDB
   * is not one long task (the browser paints between chunks; the transaction stays open while requests are pending).
   */
  async addAll(rows: readonly PoolRow[], options: { chunkSize?: number; onProgress?: (stored: number) => void } = {}): Promise<void> {
    if (rows.length === 0) return;
    const size = options.chunkSize ?? 250;
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.parkAssessments, async () => {
        for (let i = 0; i < rows.length; i += size) {
          await this.db.parkAssessments.bulkAdd(rows.slice(i, i + size));
          options.onProgress?.(Math.min(i + size, rows.length));
        }
      }),
    );
  }

  async clear(): Promise<void> {
    await withStorageErrors(() => this.db.parkAssessments.clear());
  }
}
