// The assessment's actions: start, answer (autosaved), complete, read results, move one between installations.
export { AnswerAutosaver, type AnswerStore, type AutosaverOptions, type SaveState } from './answer-autosaver';
export { bundleFileName, bundleJson, importAssessmentBundle, type ImportOutcome } from './assessment-bundle';
export { gapActionsOf, loadGapActions } from './gap-actions';
export { latestAssessmentWithResult, loadCompanyAssessments, loadResult, type LoadedResult } from './assessment-results';
export {
  answerStore,
  attachEvidence,
  completeAssessment,
  openQuestionnaire,
  startAssessment,
  type OpenQuestionnaire,
} from './questionnaire';
