import { defineProblemCatalog } from '@assay/core';

/** Problems of assessments, candidate invitations, taking an assessment and results. */
export enum AssessmentsProblem {
  UnknownRole = 'unknown-role',
  NoQuestions = 'no-questions',
  UnknownQuestions = 'unknown-questions',
  QuestionUnavailable = 'question-unavailable',
  NotDraft = 'not-draft',
  InvalidStatus = 'invalid-status',
  AssessmentArchived = 'assessment-archived',
  AssessmentNotOpen = 'assessment-not-open',
  AssessmentClosed = 'assessment-closed',
  NotStarted = 'not-started',
  AttemptSubmitted = 'attempt-submitted',
  DeadlinePassed = 'deadline-passed',
  AttemptInProgress = 'attempt-in-progress',
  AttemptNotGraded = 'attempt-not-graded',
  NotAnEssay = 'not-an-essay',
  ScoreOutOfRange = 'score-out-of-range',
}

export const ASSESSMENTS_PROBLEMS = defineProblemCatalog(
  'assessments',
  'AssessmentsProblem',
  AssessmentsProblem,
  {
    [AssessmentsProblem.UnknownRole]: {
      statuses: [422],
      title: 'Unknown role',
      happened: 'No published role has this slug.',
      todo: 'Pick a slug from `GET /api/v1/roles`.',
    },
    [AssessmentsProblem.NoQuestions]: {
      statuses: [422],
      title: 'No questions',
      happened: 'There are no questions to compose or publish this assessment with.',
      todo: 'Add questions (`PUT /api/v1/assessments/{id}/questions`) or choose another role or level.',
    },
    [AssessmentsProblem.UnknownQuestions]: {
      statuses: [422],
      title: 'Unknown questions',
      happened:
        'Some question ids do not exist or are not available to this organization; `errors` lists them.',
      todo: 'Use ids from `GET /api/v1/questions` (your own, or `library=global`).',
    },
    [AssessmentsProblem.QuestionUnavailable]: {
      statuses: [409],
      title: 'Question no longer available',
      happened: 'A question of the draft was withdrawn from the library since it was added.',
      todo: 'Replace that question in the draft, then publish.',
    },
    [AssessmentsProblem.NotDraft]: {
      statuses: [409],
      title: 'Not a draft',
      happened: 'Questions can change, and an assessment can be published, only while it is a draft.',
      todo: 'Create a new assessment for different questions; an open one keeps its frozen questions.',
    },
    [AssessmentsProblem.InvalidStatus]: {
      statuses: [409],
      title: 'Not possible from this status',
      happened: 'The assessment’s status does not allow this change (for example closing a draft).',
      todo: 'Check the assessment’s `status`: draft → open → closed → archived.',
    },
    [AssessmentsProblem.AssessmentArchived]: {
      statuses: [409, 410],
      title: 'Assessment archived',
      happened: 'The assessment is archived: it cannot be edited, and its links no longer work.',
      todo: 'Candidates: ask the organization that invited you. Recruiters: create a new assessment.',
    },
    [AssessmentsProblem.AssessmentNotOpen]: {
      statuses: [409],
      title: 'Assessment not open',
      happened: 'Candidates can be invited, and invitations resent, only while the assessment is open.',
      todo: 'Publish the draft first; a closed or archived assessment takes no new candidates.',
    },
    [AssessmentsProblem.AssessmentClosed]: {
      statuses: [409],
      title: 'Assessment closed',
      happened: 'The organization closed this assessment: no new starts and no more answers.',
      todo: 'Candidates: contact the organization that invited you.',
    },
    [AssessmentsProblem.NotStarted]: {
      statuses: [409],
      title: 'Not started',
      happened: 'The assessment cannot be submitted before it is started.',
      todo: 'Start it (`POST …/start`), answer, then submit.',
    },
    [AssessmentsProblem.AttemptSubmitted]: {
      statuses: [409],
      title: 'Already submitted',
      happened: 'The assessment has been submitted; answers can no longer change.',
      todo: 'Nothing: the submitted answers are being graded.',
    },
    [AssessmentsProblem.DeadlinePassed]: {
      statuses: [409],
      title: 'Time is over',
      happened: 'The time for this assessment is over; what was saved before the deadline is submitted.',
      todo: 'Nothing: the saved answers are graded.',
    },
    [AssessmentsProblem.AttemptInProgress]: {
      statuses: [409],
      title: 'Attempt not submitted',
      happened: 'The attempt has not been submitted yet, so there is nothing to grade again.',
      todo: 'Wait for the candidate to submit (or for the deadline).',
    },
    [AssessmentsProblem.AttemptNotGraded]: {
      statuses: [409],
      title: 'Attempt not graded yet',
      happened: 'Answers can be scored by hand only once the attempt has been graded.',
      todo: 'Retry once `GET /api/v1/attempts/{id}` shows a result.',
    },
    [AssessmentsProblem.NotAnEssay]: {
      statuses: [422],
      title: 'Not an essay',
      happened: 'Only essay answers are scored by hand.',
      todo: 'Score an essay question’s answer; other types are graded automatically (regrade to re-run them).',
    },
    [AssessmentsProblem.ScoreOutOfRange]: {
      statuses: [422],
      title: 'Score out of range',
      happened: 'The score is below 0 or above the question’s points.',
      todo: 'Send a score between 0 and the question’s points.',
    },
  },
);
