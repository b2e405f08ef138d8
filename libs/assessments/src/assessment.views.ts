import { candidateFacingFields } from '@assay/requirements';
import type { QuestionExample } from '@assay/requirements';
import type { QuestionType } from '@assay/core';
import { formLength, formMaxScore } from './composition/candidate-forms';
import type { AssessmentEntity, AssessmentQuestionEntity, CandidateContent } from './entities';

/**
 * An assessment question as the organization sees it. The answer key only for the organization's own
 * questions; for the global library the allow-list below (the candidate-facing content, the visible examples
 * of a code task and where it came from), so a catalog key, reference solution, hidden test or rubric never
 * reaches an organization (docs/decisions/0610-catalog-answer-keys.md).
 */
export function organizationQuestionView(
  q: Pick<
    AssessmentQuestionEntity,
    | 'id'
    | 'position'
    | 'questionId'
    | 'questionVersionId'
    | 'type'
    | 'skill'
    | 'difficulty'
    | 'points'
    | 'timeEstimateSeconds'
    | 'content'
    | 'answerKey'
    | 'sourceLibrary'
    | 'sourceVersion'
  >,
) {
  const c: CandidateContent = q.content;
  const library = q.sourceLibrary === 'organization' ? 'organization' : 'global';
  const view: {
    id: string;
    position: number;
    questionId: string;
    questionVersionId: string;
    type: string;
    skill: string;
    difficulty: number;
    points: number;
    timeEstimateSeconds: number;
    prompt: string;
    options?: { id: string; text: string }[];
    languages?: string[];
    functionName?: string;
    starterCode?: string;
    timeLimitMs?: number;
    schema?: string;
    examples?: QuestionExample[];
    source: { library: 'global' | 'organization'; questionId: string; version: number | null };
    answerKey?: Record<string, unknown>;
  } = {
    id: q.id,
    position: q.position,
    questionId: q.questionId,
    questionVersionId: q.questionVersionId,
    type: q.type,
    skill: q.skill,
    difficulty: q.difficulty,
    points: q.points,
    timeEstimateSeconds: q.timeEstimateSeconds,
    prompt: String(c.prompt),
    source: { library, questionId: q.questionId, version: q.sourceVersion ?? null },
  };
  Object.assign(view, candidateFacingFields(q.type, c, q.answerKey));
  if (library === 'organization') view.answerKey = q.answerKey;
  return view;
}

const perCandidate = (a: AssessmentEntity): boolean => a.forms === 'per_candidate' && !!a.formPlan;

export function assessmentView(
  a: AssessmentEntity,
  questions: AssessmentQuestionEntity[],
  extra: object = {},
) {
  const sorted = [...questions].sort((x, y) => x.position - y.position);
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    role: { slug: a.roleSlug, title: a.roleTitle, version: a.roleVersion },
    level: a.level,
    timeLimitMinutes: a.timeLimitMinutes,
    passingScore: a.passingScore,
    settings: a.settings,
    forms: a.forms,
    // Per candidate: the questions are the pool, and each form has `formLength` of them, worth `maxScore`.
    questionCount: sorted.length,
    formLength: perCandidate(a) ? formLength(a.formPlan!) : sorted.length,
    blueprint: perCandidate(a) ? a.formPlan : null,
    maxScore: round2(
      perCandidate(a)
        ? formMaxScore(
            a.formPlan!,
            sorted.map((q) => ({ ...q, type: q.type as QuestionType })),
          )
        : sorted.reduce((sum, q) => sum + q.points, 0),
    ),
    requirements: a.requirements,
    questions: sorted.map(organizationQuestionView),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    closedAt: a.closedAt?.toISOString() ?? null,
    ...extra,
  };
}

export function assessmentSummaryView(
  a: AssessmentEntity,
  counts: { questions: number; candidates: number },
) {
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    role: { slug: a.roleSlug, title: a.roleTitle, version: a.roleVersion },
    level: a.level,
    timeLimitMinutes: a.timeLimitMinutes,
    passingScore: a.passingScore,
    questionCount: counts.questions,
    formLength: perCandidate(a) ? formLength(a.formPlan!) : counts.questions,
    candidateCount: counts.candidates,
    createdAt: a.createdAt.toISOString(),
    publishedAt: a.publishedAt?.toISOString() ?? null,
  };
}

/**
 * What a candidate may see of a question. Built field by field from an allow-list — never by deleting
 * fields from the organization's view — so an answer key, reference solution or hidden test cannot leak
 * even if the stored content grows new fields.
 */
export function candidateQuestionView(
  q: Pick<AssessmentQuestionEntity, 'id' | 'type' | 'points' | 'content'>,
  position: number,
  optionOrder?: string[],
) {
  const c: CandidateContent = q.content;
  const view: {
    id: string;
    position: number;
    type: string;
    prompt: string;
    points: number;
    options?: { id: string; text: string }[];
    languages?: string[];
    functionName?: string;
    starterCode?: string;
    timeLimitMs?: number;
    memoryLimitMb?: number;
    schema?: string;
  } = { id: q.id, position, type: q.type, prompt: String(c.prompt), points: q.points };
  if (c.options) {
    const byId = new Map(c.options.map((o) => [o.id, o]));
    const order = optionOrder?.length ? optionOrder : c.options.map((o) => o.id);
    view.options = order.flatMap((id) => {
      const o = byId.get(id);
      return o ? [{ id: String(o.id), text: String(o.text) }] : [];
    });
  }
  if (q.type === 'code') {
    if (c.languages) view.languages = c.languages.map(String);
    if (c.functionName) view.functionName = String(c.functionName);
    if (c.starterCode !== undefined) view.starterCode = String(c.starterCode);
    if (c.timeLimitMs !== undefined) view.timeLimitMs = Number(c.timeLimitMs);
    if (c.memoryLimitMb !== undefined) view.memoryLimitMb = Number(c.memoryLimitMb);
  }
  if (q.type === 'sql' && c.schema !== undefined) view.schema = String(c.schema);
  return view;
}

/** Splits a frozen question version into what candidates may see and the answer key. */
export function splitContent(v: {
  prompt: string;
  options?: { id: string; text: string }[];
  languages?: string[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  memoryLimitMb?: number;
  schema?: string;
  answerKey: unknown;
}): { content: CandidateContent; answerKey: Record<string, unknown> } {
  const content: CandidateContent = { prompt: v.prompt };
  if (v.options) content.options = v.options.map((o) => ({ id: o.id, text: o.text }));
  if (v.languages) content.languages = [...v.languages];
  if (v.functionName !== undefined) content.functionName = v.functionName;
  if (v.starterCode !== undefined) content.starterCode = v.starterCode;
  if (v.timeLimitMs !== undefined) content.timeLimitMs = v.timeLimitMs;
  if (v.memoryLimitMb !== undefined) content.memoryLimitMb = v.memoryLimitMb;
  if (v.schema !== undefined) content.schema = v.schema;
  return { content, answerKey: (v.answerKey ?? {}) as Record<string, unknown> };
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
