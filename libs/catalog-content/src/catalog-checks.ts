import { LEVELS, LEVEL_DIFFICULTY_BANDS, QuestionContent } from '@assay/core';
import type { Catalog, CatalogQuestion } from './catalog.types';

/**
 * Editorial checks of the shipped catalog beyond its schema (run by the content test suite): what makes
 * the content usable for composing assessments, not just well-formed.
 */

export function normalizePrompt(prompt: string): string {
  return prompt.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Groups of question keys whose prompts are the same (ignoring case and whitespace). */
export function duplicatePrompts(catalog: Catalog): string[][] {
  const byPrompt = new Map<string, string[]>();
  for (const q of catalog.questions) {
    const p = normalizePrompt(q.content.prompt);
    byPrompt.set(p, [...(byPrompt.get(p) ?? []), q.key]);
  }
  return [...byPrompt.values()].filter((keys) => keys.length > 1);
}

/** Choice questions whose key is not one unambiguous answer among distinct options. */
export function choiceKeyProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const { key, content: q } of catalog.questions) {
    if (q.type !== 'single_choice' && q.type !== 'multiple_choice') continue;
    const ids = (q.options ?? []).map((o) => o.id);
    const texts = new Set((q.options ?? []).map((o) => normalizePrompt(o.text)));
    if (new Set(ids).size !== ids.length) problems.push(`${key}: option ids are not unique`);
    if (texts.size !== ids.length) problems.push(`${key}: two options have the same text`);
    const correct =
      'optionId' in q.answerKey
        ? [q.answerKey.optionId]
        : 'optionIds' in q.answerKey
          ? q.answerKey.optionIds
          : [];
    if (q.type === 'single_choice' && (correct.length !== 1 || !ids.includes(correct[0]))) {
      problems.push(`${key}: a single-choice key must name exactly one existing option`);
    }
    if (q.type === 'multiple_choice') {
      if (
        !correct.length ||
        new Set(correct).size !== correct.length ||
        correct.some((id) => !ids.includes(id))
      ) {
        problems.push(`${key}: a multiple-choice key must name distinct existing options`);
      }
      if (correct.length === ids.length) problems.push(`${key}: every option is correct`);
      if (!/select all that apply/i.test(q.prompt))
        problems.push(`${key}: the prompt must say "Select all that apply"`);
    }
  }
  return problems;
}

/** For each role, requirement skill and level: is there at least one question in the level's difficulty band? */
export function coverageGaps(catalog: Catalog): string[] {
  const gaps: string[] = [];
  for (const role of catalog.roles) {
    for (const requirement of role.requirements) {
      const pool = catalog.questions.filter((q) => q.content.skill === requirement.skill);
      for (const level of LEVELS) {
        const [low, high] = LEVEL_DIFFICULTY_BANDS[level];
        if (!pool.some((q) => q.content.difficulty >= low && q.content.difficulty <= high)) {
          gaps.push(
            `${role.slug} / ${requirement.skill} / ${level}: no question of difficulty ${low}–${high}`,
          );
        }
      }
    }
  }
  return gaps;
}

/** The README's points and time conventions, so the same effort is worth the same across skills. */
export function conventionProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const timeRange: Record<QuestionContent['type'], [number, number]> = {
    single_choice: [45, 150],
    multiple_choice: [45, 150],
    numeric: [60, 180],
    short_text: [60, 180],
    sql: [300, 600],
    code: [600, 1500],
    essay: [300, 1800],
  };
  for (const { key, content: q } of catalog.questions) {
    const points =
      q.type === 'code' ? 10 : q.type === 'sql' ? 6 : q.difficulty <= 2 ? 1 : q.difficulty === 3 ? 2 : 3;
    if (q.points !== points) problems.push(`${key}: points ${q.points}, expected ${points}`);
    const [min, max] = timeRange[q.type];
    if (q.timeEstimateSeconds < min || q.timeEstimateSeconds > max) {
      problems.push(`${key}: timeEstimateSeconds ${q.timeEstimateSeconds} outside ${min}–${max}`);
    }
  }
  return problems;
}

export interface CatalogCounts {
  roles: number;
  skills: number;
  questions: number;
  byType: Record<string, number>;
  bySkill: Record<string, { total: number; byDifficulty: number[]; byType: Record<string, number> }>;
}

export function catalogCounts(catalog: Catalog): CatalogCounts {
  const byType: Record<string, number> = {};
  const bySkill: CatalogCounts['bySkill'] = {};
  for (const { content: q } of catalog.questions) {
    byType[q.type] = (byType[q.type] ?? 0) + 1;
    const s = (bySkill[q.skill] ??= { total: 0, byDifficulty: [0, 0, 0, 0, 0], byType: {} });
    s.total++;
    s.byDifficulty[q.difficulty - 1]++;
    s.byType[q.type] = (s.byType[q.type] ?? 0) + 1;
  }
  return {
    roles: catalog.roles.length,
    skills: catalog.skills.length,
    questions: catalog.questions.length,
    byType,
    bySkill,
  };
}

/** The questions of the skills a role requires. */
export function questionsOfRole(catalog: Catalog, roleSlug: string): CatalogQuestion[] {
  const role = catalog.roles.find((r) => r.slug === roleSlug);
  const skills = new Set(role?.requirements.map((r) => r.skill) ?? []);
  return catalog.questions.filter((q) => skills.has(q.content.skill));
}
