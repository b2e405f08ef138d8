export * from './entities';
export * from './assessment.views';
export * from './attempt-submission';
export * from './auto-submit.processor';
export * from './invitation-token';
export * from './assessments.service';
export * from './invitations.service';
export * from './take/response-validation';
export * from './take/answer-autosave.route';
export { SAVE_ANSWERS_SQL } from './take/take.service';
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
export { storableJson, storableText, type ResultRevisionInput } from './results/result-store';
export { AttemptsRepository, ATTEMPT_TRANSITIONS, type NewAttempt } from './attempts/attempts.repository';
export * from './results/manual-score';
export { withTestInputs } from './results/result.views';
export { timeOnQuestions, type TimedEvent } from './results/time-on-question';
export * from './assessments.problems';

// The grading pipeline (worker): grading and re-grading jobs, the reconciler and its schedule, recovery after
// Redis loses its data, candidates' runs, sandbox metrics. The pure engine is @assay/grading.
export { GradingPipelineModule, gradingThreads } from './grading-pipeline/grading-pipeline.module';
export { AttemptGrader, HandBack, type GradeOutcome } from './grading-pipeline/attempt-grader';
export {
  GradingProcessor,
  GRADING_WORKER_OPTIONS,
  SHUTDOWN_GRACE_MS,
} from './grading-pipeline/grading.processor';
export {
  GradingReconciler,
  reconcileIntervalMs,
  MISSED_DEADLINE_SLACK_MS,
} from './grading-pipeline/grading-reconciler';
export {
  MaintenanceProcessor,
  ReconcilerSchedule,
  RECONCILER_SCHEDULER_ID,
} from './grading-pipeline/maintenance.processor';
export {
  SandboxRunProcessor,
  runAnswer,
  SANDBOX_RUN_CONCURRENCY,
} from './grading-pipeline/sandbox-run.processor';

// Item and assessment statistics (the analytics job, and the endpoints that read them).
export { StatisticsModule, StatisticsWorkerModule } from './statistics/statistics.module';
export { StatisticsUpdater } from './statistics/statistics-updater';
