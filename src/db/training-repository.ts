import type { TrainingAttempt } from '../core/training/progress';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** A trainee's graded attempts. */
export class TrainingRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  /** Stores the attempt and drops the case's draft in one transaction: a submitted case reopens empty. */
  async record(attempt: Omit<TrainingAttempt, 'id' | 'completedAt'>): Promise<TrainingAttempt> {
    const stored: TrainingAttempt = { ...attempt, id: this.clock.newId(), completedAt: this.clock.now().toISOString() };
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.trainingAttempts, this.db.trainingDrafts, async () => {
        await this.db.trainingAttempts.add(stored);
        await this.db.trainingDrafts.delete(stored.caseId);
      }),
    );
    return stored;
  }

  async list(): Promise<TrainingAttempt[]> {
    return withStorageErrors(() => this.db.trainingAttempts.orderBy('completedAt').toArray());
  }

  async listForCase(caseId: string): Promise<TrainingAttempt[]> {
    const rows = await withStorageErrors(() => this.db.trainingAttempts.where('caseId').equals(caseId).toArray());
    return rows.sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  }
}
