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

  /** Stores an import's accepted rows all at once: a failure stores none of them. */
  async addAll(rows: readonly PoolRow[]): Promise<void> {
    if (rows.length === 0) return;
    await withStorageErrors(() => this.db.transaction('rw', this.db.parkAssessments, () => this.db.parkAssessments.bulkAdd([...rows])));
  }

  async clear(): Promise<void> {
    await withStorageErrors(() => this.db.parkAssessments.clear());
  }
}
