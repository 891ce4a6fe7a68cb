import type { Migration } from './migration';

/**
 * Vision inspection: projects (with their fitted model blobs), checked results, and folder batches
 * whose not-yet-checked images are stored so a batch resumes after a restart. Results are indexed for
 * the history filters (project, verdict, date), newest first within a project.
 */
export const migration004Inspection: Migration = {
  version: 4,
  description: 'inspection projects, results, batches and their pending images',
  stores: {
    inspectionProjects: 'id, updatedAt',
    inspectionResults: 'id, checkedAt, [projectId+checkedAt], [projectId+verdict+checkedAt]',
    inspectionBatches: 'id, projectId',
    inspectionBatchImages: 'id, batchId',
  },
};
