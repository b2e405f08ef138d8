export * from './entities';
export * from './assessment.views';
export * from './attempt-submission';
export * from './auto-submit.processor';
export * from './invitation-token';
export * from './assessments.service';
export * from './invitations.service';
export * from './take/response-validation';
export * from './take/answer-autosave.route';
export { composeAssessment, practicalSharePercent } from './composition/compose-assessment';
export type {
  CandidateQuestion,
  CompositionBlueprint,
  CompositionInput,
  CompositionResult,
} from './composition/compose-assessment';
export {
  composeForm,
  drawForm,
  planForms,
  stratumOf,
  DEFAULT_EXPOSURE_CAP,
  type FormPlan,
  type FormsMode,
  type PlannedForms,
} from './composition/candidate-forms';
export * from './assessments.module';
export * from './assessments-worker.module';
export * from './results/result-calculator';
export * from './results/result-store';
export * from './results/manual-score';
export { withTestInputs } from './results/result.views';
export { timeOnQuestions, type TimedEvent } from './results/time-on-question';
export * from './assessments.problems';
