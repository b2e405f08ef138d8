import { type Level, type QuestionType } from '@assay/core';
import type { AnswerGrade, AttemptScore, GradableQuestion } from '@assay/grading';
import type { CandidateContent, FrozenRequirement } from '../entities';
import type { ResultRevisionInput } from '../results/result-store';

/** An assessment question as the worker loads it (frozen content and answer key). */
export interface QuestionRow {
  id: string;
  type: string;
  skill: string;
  difficulty: number;
  points: string | number;
  content: CandidateContent;
  answer_key: Record<string, unknown>;
}

export interface AttemptRow {
  id: string;
  organization_id: string;
  assessment_id: string;
  status: string;
  submitted_at: Date | null;
  question_order: unknown;
}

export interface AssessmentRow {
  requirements: FrozenRequirement[];
  passing_score: string | number;
  level: Level;
  /** 'fixed' (the default) or 'per_candidate'. */
  forms?: string;
}

/** The engine's view of a frozen question: what the candidate saw plus the answer key. */
export function toGradableQuestion(q: QuestionRow): GradableQuestion {
  const c = q.content ?? ({} as CandidateContent);
  return {
    id: q.id,
    type: q.type as QuestionType,
    skill: q.skill,
    difficulty: Number(q.difficulty),
    points: Number(q.points),
    options: c.options,
    answerKey: q.answer_key,
    languages: c.languages,
    functionName: c.functionName,
    timeLimitMs: c.timeLimitMs,
    memoryLimitMb: c.memoryLimitMb,
    schema: c.schema,
  };
}

/**
 * Why an attempt cannot be graded at all (a poison attempt), or null. Retrying would not help: the attempt's
 * assessment or questions are gone, or the questions it was shown are not the assessment's.
 */
export function integrityProblem(
  attempt: AttemptRow,
  assessment: AssessmentRow | null,
  questions: QuestionRow[],
): string | null {
  if (!assessment) return 'its assessment is missing';
  if (!questions.length) return 'its assessment has no questions';
  const order = attempt.question_order;
  if (!Array.isArray(order)) return 'its question order is not a list';
  const ids = new Set(questions.map((q) => q.id));
  const shown = new Set(order.map(String));
  // A fixed assessment shows every question; a per-candidate form is a subset of the pool.
  const complete = assessment.forms !== 'per_candidate';
  if (
    shown.size === 0 ||
    shown.size !== order.length ||
    [...shown].some((id) => !ids.has(id)) ||
    (complete && shown.size !== ids.size)
  ) {
    return 'the questions it was shown are not those of its assessment';
  }
  return null;
}

/** The questions the attempt was shown, in the assessment's order: exactly what is graded and scored. */
export function shownQuestions(attempt: AttemptRow, questions: QuestionRow[]): QuestionRow[] {
  if (!Array.isArray(attempt.question_order)) return questions;
  const shown = new Set(attempt.question_order.map(String));
  return questions.filter((q) => shown.has(q.id));
}

/** The rows of one result revision from the engine's grades and the attempt's score. */
export function revisionParts(
  questions: QuestionRow[],
  grades: Record<string, AnswerGrade>,
  score: AttemptScore,
): Pick<
  ResultRevisionInput,
  'score' | 'maxScore' | 'percentage' | 'passed' | 'levelFit' | 'skills' | 'grades' | 'measurement'
> {
  return {
    score: score.score,
    maxScore: score.maxScore,
    percentage: score.percentage,
    passed: score.passed,
    levelFit: { ...score.levelFit, evidence: { ...score.levelFit.evidence } },
    measurement: score.measurement,
    skills: score.skills.map((s) => ({
      skill: s.skill,
      score: s.score,
      maxScore: s.maxScore,
      percentage: s.percentage,
      proficiency: s.proficiency,
      itemCount: s.itemCount,
      confidence: s.confidence,
    })),
    grades: questions.map((q) => {
      const g = grades[q.id];
      return {
        assessmentQuestionId: q.id,
        verdict: g?.verdict ?? 'unanswered',
        score: g?.score ?? 0,
        maxScore: g?.maxScore ?? Number(q.points),
        details: g?.details ?? {},
      };
    }),
  };
}

/** Hand scores survive a re-grade: the engine cannot score essays, so a person's score is carried over. */
export function carryOverHandScores(
  grades: Record<string, AnswerGrade>,
  reviewed: {
    assessmentQuestionId: string;
    score: number;
    maxScore: number;
    verdict: string;
    details: Record<string, unknown>;
    scoredByUserId: string | null;
    comment: string | null;
  }[],
): {
  grades: Record<string, AnswerGrade>;
  reviews: Map<string, { scoredByUserId: string | null; comment: string | null }>;
} {
  const out = { ...grades };
  const reviews = new Map<string, { scoredByUserId: string | null; comment: string | null }>();
  for (const r of reviewed) {
    const fresh = out[r.assessmentQuestionId];
    if (!fresh || fresh.verdict !== 'pending_review') continue;
    out[r.assessmentQuestionId] = {
      score: Math.min(r.score, fresh.maxScore),
      maxScore: fresh.maxScore,
      verdict: r.verdict as AnswerGrade['verdict'],
      details: { ...fresh.details, reviewed: true },
    };
    reviews.set(r.assessmentQuestionId, { scoredByUserId: r.scoredByUserId, comment: r.comment });
  }
  return { grades: out, reviews };
}
