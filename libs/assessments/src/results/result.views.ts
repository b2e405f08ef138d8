import type { IntegrityFlag } from './integrity-signals';
import type {
  AnswerGradeEntity,
  AssessmentQuestionEntity,
  AttemptResultEntity,
  CandidateContent,
  Level,
  SkillScoreEntity,
} from '../entities';

export interface ReportAttemptRow {
  id: string;
  assessment_id: string;
  invitation_id: string;
  status: string;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
  submit_reason: string | null;
  graded_at: Date | null;
  grading_error: string | null;
  question_order: unknown;
  email: string;
  full_name: string;
  assessment_title: string;
}

export interface ReportEventRow {
  type: string;
  at: Date;
  data: Record<string, unknown> | null;
}

export interface ReportInput {
  attempt: ReportAttemptRow;
  questions: Pick<
    AssessmentQuestionEntity,
    'id' | 'position' | 'type' | 'skill' | 'difficulty' | 'points' | 'content' | 'answerKey'
  >[];
  answers: Map<string, { response: unknown; savedAt: Date }>;
  result: AttemptResultEntity | null;
  skills: SkillScoreEntity[];
  grades: Map<string, AnswerGradeEntity>;
  history: AttemptResultEntity[];
  events: ReportEventRow[];
  /** Integrity signals with their evidence (integrity-signals.ts). */
  flags?: IntegrityFlag[];
  now: Date;
}

const LEVEL_KEYS: Level[] = ['junior', 'mid', 'senior', 'lead'];

/**
 * The organization's report of one attempt (API.md `GET /attempts/{id}`), with what the pipeline adds:
 * the result's revision and its history, the proctoring summary, time spent, and — for code answers — every
 * test's input, hidden ones included (the organization sees answer keys; candidates never see this view).
 */
export function attemptReportView(input: ReportInput) {
  const { attempt, result } = input;
  const byType: Record<string, number> = {};
  for (const e of input.events) byType[e.type] = (byType[e.type] ?? 0) + 1;
  const end = attempt.submitted_at ?? new Date(Math.min(input.now.getTime(), attempt.deadline_at.getTime()));
  const questions = [...input.questions].sort((a, b) => a.position - b.position);
  const pendingReview = result
    ? [...input.grades.values()].filter((g) => g.verdict === 'pending_review').length
    : 0;
  return {
    id: attempt.id,
    assessmentId: attempt.assessment_id,
    assessmentTitle: attempt.assessment_title,
    invitationId: attempt.invitation_id,
    candidate: { email: attempt.email, fullName: attempt.full_name },
    status: attempt.status,
    score: result?.score ?? null,
    maxScore: result?.maxScore ?? null,
    percentage: result?.percentage ?? null,
    passed: result?.passed ?? null,
    skills: input.skills
      .map((s) => ({
        skill: s.skill,
        score: s.score,
        maxScore: s.maxScore,
        percentage: s.percentage,
        proficiency: s.proficiency,
      }))
      .sort((a, b) => a.skill.localeCompare(b.skill)),
    levelFit: result
      ? {
          recommended: result.levelFit?.recommended ?? null,
          levels: Object.fromEntries(LEVEL_KEYS.map((l) => [l, result.levelFit?.levels?.[l] ?? 0])) as Record<
            Level,
            number
          >,
        }
      : null,
    pendingReview,
    answers: questions.map((q) => {
      const answer = input.answers.get(q.id);
      const grade = input.grades.get(q.id);
      return {
        questionId: q.id,
        position: q.position,
        type: q.type,
        skill: q.skill,
        difficulty: q.difficulty,
        prompt: (q.content as CandidateContent).prompt,
        response: answer?.response ?? null,
        savedAt: answer?.savedAt.toISOString() ?? null,
        verdict: grade?.verdict ?? null,
        score: grade?.score ?? null,
        maxScore: grade?.maxScore ?? q.points,
        details: grade ? withTestInputs(q.type, grade.details, q.answerKey) : null,
        ...(grade?.scoredByUserId || grade?.comment
          ? { review: { scoredByUserId: grade.scoredByUserId, comment: grade.comment } }
          : {}),
      };
    }),
    events: input.events.map((e) => ({ type: e.type, at: e.at.toISOString(), data: e.data })),
    eventSummary: { total: input.events.length, byType },
    flags: input.flags ?? [],
    startedAt: attempt.started_at.toISOString(),
    deadlineAt: attempt.deadline_at.toISOString(),
    submittedAt: attempt.submitted_at?.toISOString() ?? null,
    submitReason: attempt.submit_reason,
    gradedAt: attempt.graded_at?.toISOString() ?? null,
    timeSpentSeconds: Math.max(0, Math.round((end.getTime() - attempt.started_at.getTime()) / 1000)),
    gradingError: attempt.grading_error,
    result: result
      ? {
          revision: result.revision,
          reason: result.reason,
          graderVersion: result.graderVersion,
          timings: result.timings,
          createdAt: result.createdAt.toISOString(),
        }
      : null,
    history: [...input.history]
      .sort((a, b) => b.revision - a.revision)
      .map((r) => ({
        revision: r.revision,
        reason: r.reason,
        isCurrent: r.isCurrent,
        score: r.score,
        maxScore: r.maxScore,
        percentage: r.percentage,
        passed: r.passed,
        recommendedLevel: r.recommendedLevel,
        graderVersion: r.graderVersion,
        requestedByUserId: r.requestedByUserId,
        createdAt: r.createdAt.toISOString(),
      })),
  };
}

/**
 * A code answer's per-test report with each test's arguments, and the expected value of hidden tests (the
 * grader stores only status and timing for those). Organization-only.
 */
export function withTestInputs(
  type: string,
  details: Record<string, unknown>,
  answerKey: Record<string, unknown>,
): Record<string, unknown> {
  if (type !== 'code' || !Array.isArray(details?.tests) || !Array.isArray(answerKey?.tests)) return details;
  const keyTests = answerKey.tests as { args?: unknown; expected?: unknown }[];
  return {
    ...details,
    tests: (details.tests as { index?: number; hidden?: boolean }[]).map((t) => {
      const key = typeof t.index === 'number' ? keyTests[t.index] : undefined;
      if (!key) return t;
      return { ...t, args: key.args, ...(t.hidden ? { expected: key.expected } : {}) };
    }),
  };
}
