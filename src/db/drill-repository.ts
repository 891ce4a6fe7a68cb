import type { DrillAttempt, ModelJudgement } from '../core/training/drill-history';
import { scoreModelCalls } from '../core/training/drill-history';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

const systemClock: RepositoryClock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** The trainee's finished defect drills. */
export class DrillRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: RepositoryClock = systemClock,
  ) {}

  async record(attempt: Omit<DrillAttempt, 'id' | 'completedAt' | 'modelScore'>): Promise<DrillAttempt> {
    const stored: DrillAttempt = {
      ...attempt,
      id: this.clock.newId(),
      completedAt: this.clock.now().toISOString(),
      modelScore: scoreModelCalls(attempt.items, attempt.modelCalls),
    };
    await withStorageErrors(() => this.db.drillAttempts.add(stored));
    return stored;
  }

  /** The model finished after the trainee: completes its calls (and score) on the stored attempt. */
  async completeModelCalls(id: string, modelCalls: readonly ModelJudgement[]): Promise<void> {
    await withStorageErrors(() =>
      this.db.transaction('rw', this.db.drillAttempts, async () => {
        const row = await this.db.drillAttempts.get(id);
        if (!row) return;
        await this.db.drillAttempts.put({ ...row, modelCalls: [...modelCalls], modelScore: scoreModelCalls(row.items, modelCalls) });
      }),
    );
  }

  /** Oldest first. */
  async list(): Promise<DrillAttempt[]> {
    return withStorageErrors(() => this.db.drillAttempts.orderBy('completedAt').toArray());
  }
}
