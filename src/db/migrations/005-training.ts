import type { Migration } from './migration';

/**
 * Training mode: every graded attempt a trainee makes (answers kept so an attempt can be reviewed again),
 * indexed by case for the progress list. Attempts are practice data, never mixed with client companies.
 */
export const migration005Training: Migration = {
  version: 5,
  description: 'training attempts',
  stores: {
    trainingAttempts: 'id, caseId, completedAt',
  },
};
