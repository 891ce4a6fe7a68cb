import type { Migration } from './migration';

/**
 * Training mode keeps what a trainee has not submitted yet and what they did in drills:
 * - `trainingDrafts`: the answers of a case in progress, one row per case, so a reload or a crash in the
 *   middle of a case loses nothing (the row goes when the attempt is submitted);
 * - `drillAttempts`: every finished defect drill (the trainee's calls, the model's, the ground truth as it
 *   was then, the scores and the time), for the trainee's drill progress.
 * Both are new tables; nothing existing is reshaped.
 */
export const migration010TrainingDraftsDrills: Migration = {
  version: 10,
  description: 'training drafts per case and defect drill attempts',
  stores: {
    trainingDrafts: 'caseId',
    drillAttempts: 'id, completedAt',
  },
};
