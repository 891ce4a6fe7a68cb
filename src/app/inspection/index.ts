// The inspection's actions: projects, teaching (good parts, defect types), checking and storing images, batches,
// refit with corrections, records. Screens hold an InspectionSession (a started worker) and pass it back.
export type { Capabilities, BackendId, BackendReason, BackendStatus, GpuAdapterFacts } from '../../inference/capabilities';
export type { BackendChoice, BackendPreference, ChoiceReason } from '../../inference/backend-choice';
export type { ModelStart } from '../../inference/model-protocol';
export { detectCapabilities } from '../../inference/capabilities';
export { acceptSoftwareAdapterForTests, readBackendPreference, writeBackendPreference } from './backend-preference';
export { cancelInspectionBatch, queueInspectionBatch, runInspectionBatch, unfinishedBatch } from './batch';
export { checkAndStore, checkImage, storeOutcome, type CheckedImage } from './checking';
export { transferable, type ImageSource, type NamedBytes } from './image-source';
export { loadProjectModel, openInspectionSession, type InspectionSession } from './inspection-session';
export { createProject, listProjects, updateProject, type ProjectPatch } from './projects';
export { allResults, batchResults, projectStats, resultPage, reviewResult, type ResultFilter, type ResultPage } from './records';
export { acceptRefit, refitPlan, rollbackModel, runRefit, teachImageCounts, thresholdFromReviews } from './refit';
export {
  MAX_TEACH_IMAGES,
  MIN_TEACH_IMAGES,
  RECOMMENDED_TEACH_IMAGES,
  teachDefectTypes,
  teachGoodParts,
  type TaughtProject,
} from './teaching';
