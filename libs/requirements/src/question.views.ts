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
  if (q.options) view.options = q.options.map((o) => ({ id: String(o.id), text: String(o.text) }));
  if (q.type === 'code') {
    if (q.languages) view.languages = q.languages.map(String);
    if (q.functionName !== undefined) view.functionName = String(q.functionName);
    if (q.starterCode !== undefined) view.starterCode = String(q.starterCode);
    if (q.timeLimitMs !== undefined) view.timeLimitMs = Number(q.timeLimitMs);
    view.examples = visibleExamples(q.answerKey);
  }
  if (q.type === 'sql' && q.schema !== undefined) view.schema = String(q.schema);
  return view;
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
