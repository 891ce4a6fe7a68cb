import type { Answer, Answers } from '../core/assessment/answers';
import type { TrainingDraft } from '../core/training/progress';
import type { RepositoryClock } from './company-repository';
import type { GongzhiDatabase } from './database';
import { withStorageErrors } from './errors';

const systemClock: Pick<RepositoryClock, 'now'> = { now: () => new Date() };

/**
 * The answers of each case a trainee has started but not submitted. Implements the questionnaire's
 * AnswerStore (keyed by case id), so the same tested autosaver writes both.
 */
export class TrainingDraftRepository {
  constructor(
    private readonly db: GongzhiDatabase,
    private readonly clock: Pick<RepositoryClock, 'now'> = systemClock,
  ) {}

  async get(caseId: string): Promise<TrainingDraft | undefined> {
    return withStorageErrors(() => this.db.trainingDrafts.get(caseId));
  }

  /** Merges changed answers into the case's draft (undefined removes an answer), in one transaction. */
  async saveAnswers(caseId: string, changes: ReadonlyMap<string, Answer | undefined>): Promise<TrainingDraft> {
    return withStorageErrors(() =>
      this.db.transaction('rw', this.db.trainingDrafts, async () => {
        const answers: Answers = { ...(await this.db.trainingDrafts.get(caseId))?.answers };
        for (const [questionId, answer] of changes) {
          if (answer === undefined) Reflect.deleteProperty(answers, questionId);
          else answers[questionId] = answer;
        }
        const draft: TrainingDraft = { caseId, answers, updatedAt: this.clock.now().toISOString() };
        await this.db.trainingDrafts.put(draft);
        return draft;
      }),
    );
  }

  async discard(caseId: string): Promise<void> {
    await withStorageErrors(() => this.db.trainingDrafts.delete(caseId));
  }
}
