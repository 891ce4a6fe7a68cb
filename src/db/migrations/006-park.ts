import type { Migration } from './migration';

/**
 * Park view: assessments pooled from bundles exported by other installations, in their own table so they
 * never mix with the client companies of this workspace. The unique fingerprint index makes a second
 * import of the same bundle impossible even if a caller forgot to check.
 */
export const migration006Park: Migration = {
  version: 6,
  description: 'park pool of imported assessment bundles',
  stores: {
    parkAssessments: 'id, &fingerprint, frameworkId, importedAt',
  },
};
