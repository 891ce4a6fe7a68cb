import type { Migration } from './migration';

/**
 * Refit with corrections: the teaching images of each inspection project (good parts and labelled defect
 * examples) and the refit copies of checked images, both as compact network-sized JPEGs (see
 * src/core/inspection/refit-copy.ts). Copies live apart from the results so the history pages stay small;
 * a copy's id is its result's id. Older results simply have no copy; nothing existing is reshaped.
 */
export const migration007InspectionRefit: Migration = {
  version: 7,
  description: 'inspection teaching images and refit copies of checked images',
  stores: {
    inspectionTeachImages: 'id, projectId',
    inspectionRefitCopies: 'id, projectId',
  },
};
