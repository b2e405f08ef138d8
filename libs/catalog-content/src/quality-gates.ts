/**
 * Bank gates: pure checks that the question bank cannot be gamed (docs/decisions/0413-bank-gates.md).
 * Each takes plain items so it can be tested on synthetic data; bank-gates.spec(.pending).ts runs them on
 * the shipped catalog. Thresholds are the issue's; the near-duplicate threshold was calibrated on the
 * bank (the known duplicate pairs score 0.40–0.67; unrelated items rarely exceed 0.35).
 */

export interface GateItem {
  key: string;
  skill: string;
  type: string;
  difficulty: number;
  prompt: string;
  options?: { id: string; text: string }[];
  answerKey?: unknown;
  points?: number;
}

export const GATES = {
  /** Jaccard similarity of the word sets (≥ 3 letters) of prompt and options at or above which two items are near-duplicates. */
  nearDuplicateSimilarity: 0.4,
  /** "Always pick the longest option" may score at most this share of a role's single-choice items. */
  longestOptionShare: 0.35,
  /** A key this many times as long as its longest distractor is a giveaway… */
  keyLengthRatio: 1.5,
  /** …and may occur in less than this share of a skill's single-choice items. */
  keyLengthRatioShare: 0.1,
  /** At most this share of a skill's multiple-choice items may have the same number of correct options. */
  sameCorrectCountShare: 0.5,
  /** The correct-count gate applies to skills with at least this many multiple-choice items. */
  sameCorrectCountMinItems: 3,
  /** A zero-knowledge test-wise candidate may pass at most this share of simulated forms. */
  testWisePassShare: 0.05,
  /** Active items per required skill, and per difficulty of it. */
  minItemsPerSkill: 20,
  minItemsPerDifficulty: 4,
} as const;

export function tokens(item: Pick<GateItem, 'prompt' | 'options'>): Set<string> {
  const text = [item.prompt, ...(item.options ?? []).map((o) => o.text)].join(' ').toLowerCase();
  return new Set((text.match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs of items at or above the similarity threshold that no enemy group declares together. */
export function undeclaredNearDuplicates(
  items: readonly GateItem[],
  enemies: readonly (readonly string[])[],
  threshold: number = GATES.nearDuplicateSimilarity,
): { a: string; b: string; similarity: number }[] {
  const declared = new Set<string>();
  for (const group of enemies) {
    for (const x of group) for (const y of group) if (x < y) declared.add(`${x}\u0000${y}`);
  }
  const sets = items.map(tokens);
  const out: { a: string; b: string; similarity: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const similarity = jaccard(sets[i], sets[j]);
      if (similarity < threshold) continue;
      const [a, b] = [items[i].key, items[j].key].sort();
      if (!declared.has(`${a}\u0000${b}`))
        out.push({ a, b, similarity: Math.round(similarity * 1000) / 1000 });
    }
  }
  return out;
}

const correctIds = (item: GateItem): string[] => {
  const key = item.answerKey as { optionId?: unknown; optionIds?: unknown } | undefined;
  if (typeof key?.optionId === 'string') return [key.optionId];
  return Array.isArray(key?.optionIds) ? key.optionIds.map(String) : [];
};

/**
 * Expected share of single-choice items that "always pick the longest option" answers correctly (ties
 * between equally long options are broken at random, so a tie counts 1/ties).
 */
export function longestOptionScore(items: readonly GateItem[]): number {
  const single = items.filter((i) => i.type === 'single_choice' && i.options?.length);
  if (!single.length) return 0;
  let score = 0;
  for (const item of single) {
    const longest = Math.max(...item.options!.map((o) => o.text.length));
    const tied = item.options!.filter((o) => o.text.length === longest);
    if (tied.some((o) => o.id === correctIds(item)[0])) score += 1 / tied.length;
  }
  return score / single.length;
}

/** Single-choice items whose key is ≥ ratio × the longest distractor. */
export function giveawayKeys(items: readonly GateItem[], ratio: number = GATES.keyLengthRatio): string[] {
  return items
    .filter((i) => i.type === 'single_choice' && i.options?.length)
    .filter((item) => {
      const key = correctIds(item)[0];
      const keyText = item.options!.find((o) => o.id === key)?.text ?? '';
      const distractor = Math.max(0, ...item.options!.filter((o) => o.id !== key).map((o) => o.text.length));
      return distractor > 0 && keyText.length >= ratio * distractor;
    })
    .map((i) => i.key);
}

/** The most common number of correct options among multiple-choice items, and its share. */
export function correctCountSkew(items: readonly GateItem[]): {
  count: number;
  share: number;
  items: number;
} {
  const multiple = items.filter((i) => i.type === 'multiple_choice');
  const counts = new Map<number, number>();
  for (const item of multiple) {
    const n = correctIds(item).length;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = { count: 0, share: 0, items: multiple.length };
  for (const [count, n] of counts) {
    if (n / multiple.length > best.share)
      best = { count, share: n / multiple.length, items: multiple.length };
  }
  return best;
}

/** Per skill, every gate about choice items that fails, as readable lines. */
export function choiceGateFailures(items: readonly GateItem[]): string[] {
  const bySkill = new Map<string, GateItem[]>();
  for (const item of items) bySkill.set(item.skill, [...(bySkill.get(item.skill) ?? []), item]);
  const out: string[] = [];
  for (const [skill, own] of [...bySkill].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const single = own.filter((i) => i.type === 'single_choice').length;
    const giveaways = giveawayKeys(own);
    if (single > 0 && giveaways.length / single >= GATES.keyLengthRatioShare) {
      out.push(
        `${skill}: ${giveaways.length}/${single} keys ≥ ${GATES.keyLengthRatio}× the longest distractor (${giveaways.join(', ')})`,
      );
    }
    const skew = correctCountSkew(own);
    if (skew.items >= GATES.sameCorrectCountMinItems && skew.share > GATES.sameCorrectCountShare) {
      out.push(
        `${skill}: ${Math.round(skew.share * 100)}% of ${skew.items} multiple-choice items have ${skew.count} correct option(s)`,
      );
    }
  }
  return out;
}

/** Skills (of `required`) with fewer items than the gate, or too few at some difficulty. */
export function thinSkills(items: readonly GateItem[], required: readonly string[]): string[] {
  const out: string[] = [];
  for (const skill of [...new Set(required)].sort()) {
    const own = items.filter((i) => i.skill === skill);
    const byDifficulty = [1, 2, 3, 4, 5].map((d) => own.filter((i) => i.difficulty === d).length);
    if (own.length < GATES.minItemsPerSkill || byDifficulty.some((n) => n < GATES.minItemsPerDifficulty)) {
      out.push(`${skill}: ${own.length} items, by difficulty ${byDifficulty.join('/')}`);
    }
  }
  return out;
}

/**
 * The zero-knowledge test-wise candidate's response: the longest option of a single-choice item (ties at
 * random), a random non-empty subset of a multiple-choice item, nothing for anything else (numeric, text,
 * code and SQL left blank).
 */
export function testWiseResponse(item: GateItem, random: () => number): unknown {
  if (item.type === 'single_choice' && item.options?.length) {
    const longest = Math.max(...item.options.map((o) => o.text.length));
    const tied = item.options.filter((o) => o.text.length === longest);
    return { optionId: tied[Math.floor(random() * tied.length)].id };
  }
  if (item.type === 'multiple_choice' && item.options?.length) {
    let picked = item.options.filter(() => random() < 0.5).map((o) => o.id);
    if (!picked.length) picked = [item.options[Math.floor(random() * item.options.length)].id];
    return { optionIds: picked };
  }
  return null;
}

/**
 * Share of `forms` a zero-knowledge test-wise candidate passes: each form is scored with `grade` (the real
 * graders) on testWiseResponse answers; passing is a percentage ≥ `passingScore`.
 */
export function testWisePassRate(
  forms: readonly (readonly GateItem[])[],
  grade: (item: GateItem, response: unknown) => number,
  passingScore: number,
  random: () => number,
): number {
  if (!forms.length) return 0;
  let passed = 0;
  for (const form of forms) {
    let score = 0;
    let max = 0;
    for (const item of form) {
      max += item.points ?? 0;
      const response = testWiseResponse(item, random);
      if (response !== null) score += grade(item, response);
    }
    if (max > 0 && (100 * score) / max >= passingScore) passed++;
  }
  return passed / forms.length;
}
