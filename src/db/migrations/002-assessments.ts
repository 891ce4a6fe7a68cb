import type { Migration } from './migration';

/**
 * Assessments per company and their evidence files. The compound index [companyId+updatedAt] serves the
 * history list (one company, newest first) without reading other companies' rows; attachments are a
 * separate table so listing history never loads file Blobs.
 */
export const migration002Assessments: Migration = {
  version: 2,
  description: 'assessments and evidence attachments',
  stores: {
    assessments: 'id, companyId, [companyId+updatedAt], frameworkId',
    assessmentAttachments: 'id, assessmentId',
  },
};
