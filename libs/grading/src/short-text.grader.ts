import vm from 'node:vm';
import type { AnswerGrade, GradableQuestion } from './grading.types';
import { grade, isBlankResponse, isRecord, needsReview, unanswered, wrongShape } from './grading.utils';

/** Short answers are a word or a term; anything longer is not one and is never fed to a pattern. */
export const SHORT_TEXT_MAX_LENGTH = 1000;
/** A pattern that backtracks longer than this is treated as not matching. */
export const PATTERN_TIMEOUT_MS = 50;

const QUOTES = /["'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/gu;
// Sentence punctuation only where it delimits words, so "node.js", "3.14" and "C#" keep their meaning.
const EDGE_PUNCTUATION = /(?:^|(?<=\s))[.,;:!?\u2026]+|[.,;:!?\u2026]+(?=\s|$)/gu;

/**
 * NFKC (full-width letters, ligatures, non-breaking spaces), case folding unless case-sensitive,
 * quotes removed, sentence punctuation removed at word edges, whitespace collapsed.
 * Technical symbols (# + - _ / . inside a word, brackets) are kept: "C#" must not equal "C".
 */
export function normalizeShortText(text: string, caseSensitive = false): string {
  let out = text.normalize('NFKC');
  if (!caseSensitive) out = out.toLowerCase();
  out = out.replace(QUOTES, '');
  out = out.replace(/\s+/gu, ' ').trim();
  out = out.replace(EDGE_PUNCTUATION, '');
  return out.replace(/\s+/gu, ' ').trim();
}

// Patterns are authored by admins, but a catastrophic one must not freeze the grading worker:
// matching runs under node:vm's watchdog (not a security boundary here, only a timeout).
const patternContext = vm.createContext(Object.create(null));
const patternScript = new vm.Script('pattern.test(input)');
const compiledPatterns = new Map<string, RegExp | null>();

function compilePattern(source: string, caseSensitive: boolean): RegExp | null {
  const cacheKey = `${caseSensitive ? 's' : 'i'}:${source}`;
  if (compiledPatterns.has(cacheKey)) return compiledPatterns.get(cacheKey) ?? null;
  let compiled: RegExp | null;
  try {
    compiled = new RegExp(`^(?:${source})$`, caseSensitive ? 'u' : 'iu');
  } catch {
    compiled = null;
  }
  if (compiledPatterns.size > 500) compiledPatterns.clear();
  compiledPatterns.set(cacheKey, compiled);
  return compiled;
}

type PatternOutcome = 'match' | 'no_match' | 'timeout';

function testPattern(pattern: RegExp, input: string): PatternOutcome {
  const ctx = patternContext as { pattern?: RegExp; input?: string };
  ctx.pattern = pattern;
  ctx.input = input;
  try {
    return patternScript.runInContext(patternContext, { timeout: PATTERN_TIMEOUT_MS }) === true
      ? 'match'
      : 'no_match';
  } catch {
    return 'timeout';
  } finally {
    ctx.pattern = undefined;
    ctx.input = undefined;
  }
}

/**
 * Correct when the normalised answer equals a normalised accepted answer, or when the optional
 * `pattern` (a whole-string regular expression) matches the NFKC-normalised, trimmed answer.
 */
export function gradeShortText(question: GradableQuestion, response: unknown): AnswerGrade {
  const key = question.answerKey;
  if (!isRecord(key)) return needsReview(question, 'invalid_answer_key', 'short_text needs an answerKey');
  const accepted = Array.isArray(key.accepted)
    ? key.accepted.filter((a): a is string => typeof a === 'string')
    : [];
  const pattern = typeof key.pattern === 'string' && key.pattern.length > 0 ? key.pattern : null;
  if (accepted.length === 0 && pattern === null) {
    return needsReview(
      question,
      'invalid_answer_key',
      'short_text needs answerKey.accepted or answerKey.pattern',
    );
  }
  const caseSensitive = key.caseSensitive === true;

  if (isBlankResponse(response)) return unanswered(question);
  if (!isRecord(response) || typeof response.text !== 'string') return wrongShape(question, '{ text }');
  if (response.text.trim().length === 0) return unanswered(question);
  if (response.text.length > SHORT_TEXT_MAX_LENGTH) {
    return grade(question, 'incorrect', 0, { reason: 'too_long', maxLength: SHORT_TEXT_MAX_LENGTH });
  }

  const normalized = normalizeShortText(response.text, caseSensitive);
  if (accepted.some((a) => normalizeShortText(a, caseSensitive) === normalized)) {
    return grade(question, 'correct', 1, { normalized });
  }
  if (pattern !== null) {
    const compiled = compilePattern(pattern, caseSensitive);
    if (compiled === null) {
      return needsReview(
        question,
        'invalid_answer_key',
        'answerKey.pattern is not a valid regular expression',
      );
    }
    const outcome = testPattern(compiled, response.text.normalize('NFKC').trim());
    if (outcome === 'match') return grade(question, 'correct', 1, { normalized, matchedPattern: true });
    if (outcome === 'timeout') return grade(question, 'incorrect', 0, { normalized, patternTimedOut: true });
  }
  return grade(question, 'incorrect', 0, { normalized });
}
