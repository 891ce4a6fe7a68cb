// Training's actions: case attempts and their drafts, defect-judgement drills and the model's calls on them.
export { modelCallsOnDrill } from './drill-model';
export {
  completeDrillModelCalls,
  discardTrainingDraft,
  listDrillAttempts,
  listTrainingAttempts,
  loadTrainingDraft,
  recordDrill,
  submitAttempt,
  trainingDraftStore,
} from './training-records';
