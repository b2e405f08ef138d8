import { LEVELS, type Level } from '@assay/core';
import { Accommodations, describeAccommodations, percentileNote } from '../accommodations';

import type { IntegrityFlag } from './integrity-signals';

import type {
  AnswerGradeEntity,
  AssessmentQuestionEntity,
  AttemptResultEntity,
  CandidateContent,
  SkillScoreEntity,
} from '../entities';
import type { ScoreUncertainty } from './result-calculator';

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
  accommodations: Accommodations;
}

export interface ReportEventRow {
  type: string;
  /** When the server received it. */
  at: Date;
  /** The candidate's clock, as reported. */
  client_at: Date | null;
  data: Record<string, unknown> | null;
}

export interface ReportInput {
  attempt: ReportAttemptRow;
  questions: Pick<
    AssessmentQuestionEntity,
    'id' | 'position' | 'type' | 'skill' | 'difficulty' | 'points' | 'content' | 'answerKey' | 'sourceLibrary'
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
  /** Score band, reliability, percentile (scoreUncertainty); null before grading. */
  uncertainty?: ScoreUncertainty | null;
  /** Seconds per question from `viewed` events; null when the take flow sent none. */
  timeSpent?: Map<string, number> | null;
}

/**
 * The organization's report of one attempt (API.md `GET /attempts/{id}`), with what the pipeline adds:
 * the result's revision and its history, the proctoring summary, time spent. For the organization's own code
 * questions every test's input, hidden ones included (it wrote them); for global-library questions only what
 * `catalogAnswerDetails` allows (visible tests, hidden ones counted). Candidates never see this view.
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
    scoreBand: input.uncertainty?.scoreBand ?? null,
    percentile: input.uncertainty?.percentile ?? null,
    // Accommodated attempts stay in the norm group (scores stay comparable); the percentile says so.
    percentileNote: percentileNote(input.uncertainty?.percentile ?? null, attempt.accommodations ?? {}),
    normGroup: input.uncertainty?.normGroup ?? null,
    reliability: input.uncertainty?.reliability ?? null,
    skills: input.skills
      .map((s) => ({
        skill: s.skill,
        score: s.score,
        maxScore: s.maxScore,
        percentage: s.percentage,
        proficiency: s.proficiency,
        itemCount: s.itemCount,
        confidence: s.confidence,
      }))
      .sort((a, b) => a.skill.localeCompare(b.skill)),
    levelFit: result
      ? {
          recommended: result.levelFit?.recommended ?? null,
          levels: Object.fromEntries(LEVELS.map((l) => [l, result.levelFit?.levels?.[l] ?? null])) as Record<
            Level,
            number | null
          >,
          // Results graded before docs/decisions/0120 carry no evidence.
          evidence: result.levelFit?.evidence ?? null,
          blocking: result.levelFit?.blocking ?? null,
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
        // The option texts, so a report can say what was chosen; which one is keyed stays in the details.
        ...((q.content as CandidateContent).options
          ? { options: (q.content as CandidateContent).options!.map(({ id, text }) => ({ id, text })) }
          : {}),
        response: answer?.response ?? null,
        savedAt: answer?.savedAt.toISOString() ?? null,
        timeSpentSeconds: input.timeSpent ? (input.timeSpent.get(q.id) ?? 0) : null,
        verdict: grade?.verdict ?? null,
        score: grade?.score ?? null,
        maxScore: grade?.maxScore ?? q.points,
        details: grade
          ? q.sourceLibrary === 'organization'
            ? withTestInputs(q.type, grade.details, q.answerKey)
            : catalogAnswerDetails(q.type, grade.details, q.answerKey)
          : null,
        ...(grade?.scoredByUserId || grade?.comment
          ? { review: { scoredByUserId: grade.scoredByUserId, comment: grade.comment } }
          : {}),
      };
    }),
    events: input.events.map((e) => ({
      type: e.type,
      at: e.at.toISOString(),
      clientAt: e.client_at?.toISOString() ?? null,
      data: e.data,
    })),
    eventSummary: { total: input.events.length, byType },
    flags: input.flags ?? [],
    startedAt: attempt.started_at.toISOString(),
    deadlineAt: attempt.deadline_at.toISOString(),
    // Scores stay comparable; the report says under which conditions they were earned.
    accommodations: attempt.accommodations ?? {},
    accommodationsNote: describeAccommodations(attempt.accommodations ?? {}),
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

type Details = Record<string, unknown>;

function pick(from: Details, keys: string[]): Details {
  const out: Details = {};
  for (const k of keys) if (from[k] !== undefined) out[k] = structuredClone(from[k]);
  return out;
}

/**
 * What the organization may see of how a global-library question was graded: built from an allow-list per
 * type, so nothing of the key comes through — no hidden test's input or expected value (they are counted),
 * no expected query or expected rows, no numeric difference from the key, no correct-option count. A message
 * is shown only when it is about the candidate's own answer (no `reason`: not a key or sandbox problem).
 */
export function catalogAnswerDetails(type: string, details: Details, answerKey: Details): Details {
  const d: Details = details && typeof details === 'object' ? details : {};
  const ownMessage: Details =
    d.reason === undefined && typeof d.message === 'string' ? { message: d.message } : {};
  switch (type) {
    case 'single_choice':
    case 'multiple_choice':
      return pick(d, ['reason', 'chosen']);
    case 'numeric':
      return pick(d, ['reason', 'answer']);
    case 'short_text':
      return pick(d, ['reason', 'normalized', 'maxLength']);
    case 'essay':
      return pick(d, ['reason', 'length', 'reviewed']);
    case 'sql': {
      const out: Details = {
        ...pick(d, ['reason', 'ordered', 'timeLimitMs', 'ms', 'rows', 'actualRows', 'actualColumns']),
        ...ownMessage,
      };
      const diff = d.firstDifference as { row?: unknown; actual?: unknown } | undefined;
      if (diff && typeof diff === 'object') {
        out.firstDifference = { row: diff.row, actual: structuredClone(diff.actual ?? null) };
      }
      return out;
    }
    case 'code': {
      const out: Details = {
        ...pick(d, [
          'reason',
          'language',
          'passed',
          'total',
          'compileError',
          'timeLimitMs',
          'answerTimeLimitMs',
          'memoryLimitBytes',
        ]),
        ...ownMessage,
      };
      if (Array.isArray(d.tests)) {
        const keyTests = Array.isArray(answerKey?.tests) ? (answerKey.tests as { args?: unknown }[]) : [];
        const tests = d.tests as Details[];
        // Only a test stored as explicitly visible is shown; anything else counts as hidden.
        const visible = tests.filter((t) => t.hidden === false);
        const hidden = tests.filter((t) => t.hidden !== false);
        out.tests = visible.map((t) => {
          const shown = pick(t, [
            'index',
            'weight',
            'status',
            'ms',
            'expected',
            'actual',
            'message',
            'console',
          ]);
          const key = typeof t.index === 'number' ? keyTests[t.index] : undefined;
          if (key && Array.isArray(key.args)) shown.args = structuredClone(key.args);
          return shown;
        });
        out.hiddenTestsPassed = hidden.filter((t) => t.status === 'passed').length;
        out.hiddenTestsTotal = hidden.length;
      }
      return out;
    }
    default:
      return pick(d, ['reason']);
  }
}
