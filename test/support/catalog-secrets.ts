import { shippedCatalog } from '@assay/catalog-content';

/**
 * What an organization must never see of the shipped (global) catalog: reference solutions, the inputs and
 * expected values of hidden tests, expected SQL queries, accepted short answers, patterns and rubrics.
 * Values too short to be told apart from ordinary data (under `minLength` characters once serialized), and
 * values that the catalog itself shows publicly somewhere (a prompt, an option, a visible test, a schema),
 * are left out so a match is always a real leak; choice and numeric keys are checked structurally instead
 * (no `answerKey` field anywhere).
 */
export interface CatalogSecret {
  key: string;
  what: string;
  value: string;
}

export function catalogSecrets(minLength = 8): CatalogSecret[] {
  const questions = shippedCatalog().questions;
  const publicParts: string[] = [];
  for (const { content: q } of questions) {
    publicParts.push(q.prompt, q.starterCode ?? '', q.schema ?? '', q.functionName ?? '');
    for (const o of q.options ?? []) publicParts.push(o.text);
    const tests = (q.answerKey as { tests?: { args: unknown; expected: unknown; hidden: boolean }[] }).tests;
    for (const t of tests ?? []) {
      if (!t.hidden) publicParts.push(JSON.stringify(t.args), JSON.stringify(t.expected));
    }
  }
  // A value that happens to equal an ordinary API body (an empty page) says nothing about the key.
  publicParts.push(JSON.stringify({ items: [], nextCursor: null }));
  const publicText = publicParts.join('\n');
  const out: CatalogSecret[] = [];
  const add = (key: string, what: string, value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text === undefined || text.length < minLength) return;
    if (publicText.includes(text)) return;
    out.push({ key, what, value: text });
  };
  for (const { key, content: q } of questions) {
    const k = q.answerKey as Record<string, any>;
    if (q.type === 'code') {
      add(key, 'reference solution', k.referenceSolution?.code);
      for (const [i, t] of (k.tests ?? []).entries()) {
        if (!t.hidden) continue;
        add(key, `hidden test ${i} input`, t.args);
        add(key, `hidden test ${i} expected`, t.expected);
      }
    }
    if (q.type === 'sql') add(key, 'expected query', k.expectedQuery);
    if (q.type === 'essay') add(key, 'rubric', k.rubric);
    if (q.type === 'short_text') {
      for (const a of k.accepted ?? []) add(key, 'accepted answer', a);
      add(key, 'accepted pattern', k.pattern);
    }
  }
  return out;
}

/** Field names that only an answer key has; none may appear in an organization's view of catalog questions. */
export const ANSWER_KEY_FIELDS = [
  'answerKey',
  'referenceSolution',
  'expectedQuery',
  'rubric',
  'accepted',
  'pattern',
  'hidden',
  'expectedRows',
  'expectedColumns',
];

/**
 * The secrets found in a piece of text. For JSON, pass `JSON.stringify(body)`: secrets are searched in their
 * raw form and, for strings, in their JSON-escaped form too (a solution's newlines are `\n` in JSON).
 */
export function secretsIn(text: string, secrets: CatalogSecret[]): string[] {
  return secrets
    .filter((s) => text.includes(s.value) || text.includes(JSON.stringify(s.value).slice(1, -1)))
    .map((s) => `${s.key}: ${s.what}`);
}
