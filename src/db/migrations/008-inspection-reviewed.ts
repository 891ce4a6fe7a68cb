import type { Migration } from './migration';

/**
 * Reviewed results by project, so the refit panel reads only the results a reviewer touched instead of
 * the whole history (thousands of rows with thumbnails) after every correction. Results never reviewed
 * have no `reviewedAt` and so are not in this index at all.
 */
export const migration008InspectionReviewed: Migration = {
  version: 8,
  description: 'index of reviewed inspection results per project',
  stores: {
    inspectionResults: 'id, checkedAt, [projectId+checkedAt], [projectId+verdict+checkedAt], [projectId+reviewedAt]',
  },
};
