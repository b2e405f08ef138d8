import type { QuestionView } from './question-bank.service';

/** A worked example an organization may see: a code task's non-hidden test (arguments and result). */
export interface QuestionExample {
  args: unknown[];
  expected: unknown;
}

/** Where an organization-visible question came from. */
export interface QuestionSource {
  library: 'global' | 'organization';
  questionId: string;
  version: number | null;
}

/**
 * The non-hidden tests of a code task's answer key, as examples. Only tests explicitly marked
 * `hidden: false` qualify, so a malformed key shows nothing rather than everything.
 */
export function visibleExamples(answerKey: unknown): QuestionExample[] {
  const tests = (answerKey as { tests?: unknown } | null)?.tests;
  if (!Array.isArray(tests)) return [];
  return tests.flatMap((t: unknown) => {
    const test = t as { args?: unknown; expected?: unknown; hidden?: unknown } | null;
    if (!test || test.hidden !== false || !Array.isArray(test.args)) return [];
    return [{ args: structuredClone(test.args), expected: structuredClone(test.expected) }];
  });
}

/** The candidate-facing fields of a question that the allow-list lets an organization see. */
export interface CandidateFacingFields {
  options?: { id: string; text: string }[];
  languages?: string[];
  functionName?: string;
  starterCode?: string;
  timeLimitMs?: number;
  schema?: string;
  examples?: QuestionExample[];
}

/**
 * The allow-list shared by every organization-facing view of a global question (the bank's and an
 * assessment's): options, a code task's language, signature, starter code, limit and visible examples, a
 * SQL task's schema. Copied field by field, so nothing else of the content or the key comes along.
 */
export function candidateFacingFields(
  type: string,
  content: {
    options?: readonly { id: unknown; text: unknown }[] | null;
    languages?: readonly unknown[] | null;
    functionName?: unknown;
    starterCode?: unknown;
    timeLimitMs?: unknown;
    schema?: unknown;
  },
  answerKey: unknown,
): CandidateFacingFields {
  const fields: CandidateFacingFields = {};
  if (content.options)
    fields.options = content.options.map((o) => ({ id: String(o.id), text: String(o.text) }));
  if (type === 'code') {
    if (content.languages) fields.languages = content.languages.map(String);
    if (content.functionName !== undefined) fields.functionName = String(content.functionName);
    if (content.starterCode !== undefined) fields.starterCode = String(content.starterCode);
    if (content.timeLimitMs !== undefined) fields.timeLimitMs = Number(content.timeLimitMs);
    fields.examples = visibleExamples(answerKey);
  }
  if (type === 'sql' && content.schema !== undefined) fields.schema = String(content.schema);
  return fields;
}

/**
 * What an organization may see of a question it does not own (the global library): prompt, options, type,
 * skill, difficulty, points, time estimate, the candidate-facing fields and the visible examples. Built
 * field by field from an allow-list, never by deleting the key from the full view, so a field added to
 * questions later stays private until someone decides otherwise.
 */
export function catalogQuestionView(q: QuestionView) {
  const view: {
    id: string;
    versionId: string;
    version: number;
    library: 'global' | 'organization';
    key: string | null;
    status: string;
    type: string;
    skill: string;
    difficulty: number;
    prompt: string;
    points: number;
    timeEstimateSeconds: number;
    options?: { id: string; text: string }[];
    languages?: string[];
    functionName?: string;
    starterCode?: string;
    timeLimitMs?: number;
    schema?: string;
    examples?: QuestionExample[];
    source: QuestionSource;
    createdAt: string;
    updatedAt: string;
  } = {
    id: q.id,
    versionId: q.versionId,
    version: q.version,
    library: q.library,
    key: q.key,
    status: q.status,
    type: q.type,
    skill: q.skill,
    difficulty: q.difficulty,
    prompt: String(q.prompt),
    points: q.points,
    timeEstimateSeconds: q.timeEstimateSeconds,
    source: { library: q.library, questionId: q.id, version: q.version },
    createdAt: q.createdAt,
    updatedAt: q.updatedAt,
  };
  return { ...view, ...candidateFacingFields(q.type, q, q.answerKey) };
}

/**
 * An organization's view of a question the bank resolved for it (its own, or the global library's):
 * everything of its own questions, the allow-list of the others.
 */
export function questionViewForOrganization(q: QuestionView) {
  if (q.library === 'organization') {
    return { ...q, source: { library: q.library, questionId: q.id, version: q.version } };
  }
  return catalogQuestionView(q);
}
