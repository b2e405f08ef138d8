import type { AnswerGrade, GradableQuestion, RoleRequirement } from './grading.types';
import { isRecord, maxScoreOf } from './grading.utils';
import {
  computeLevelFit,
  measureSkillProficiency,
  type LevelFit,
  type SkillItem,
  type SkillProficiency,
} from './level-fit';

export interface AttemptScoreInput {
  questions: GradableQuestion[];
  /** By question id; a question without a grade counts as unanswered. */
  grades: Record<string, AnswerGrade>;
  requirements: RoleRequirement[];
  /** Percent, 0–100. */
  passingScore: number;
}

export interface SkillScore {
  skill: string;
  score: number;
  maxScore: number;
  percentage: number;
  /** Measured proficiency 0–4 (see level-fit.ts). */
  proficiency: number;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  percentage: number;
  passed: boolean;
  skills: SkillScore[];
  levelFit: LevelFit;
  /** Answers still waiting for a person (essays); they count as 0 until reviewed. */
  pendingReview: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;
const percent = (score: number, max: number): number => (max > 0 ? round2((100 * score) / max) : 0);

/** Totals, per-skill scores, pass/fail and level fit of one graded attempt. Pure. */
export function scoreAttempt(input: AttemptScoreInput): AttemptScore {
  const questions = Array.isArray(input.questions) ? input.questions.filter(isRecord) : [];
  const grades = isRecord(input.grades) ? input.grades : {};
  const bySkill = new Map<string, SkillItem[]>();
  let score = 0;
  let maxScore = 0;
  let pendingReview = 0;

  for (const question of questions) {
    const points = maxScoreOf(question);
    const graded: unknown =
      typeof question.id === 'string' && Object.hasOwn(grades, question.id) ? grades[question.id] : null;
    const earnedRaw =
      isRecord(graded) && typeof graded.score === 'number' && Number.isFinite(graded.score)
        ? graded.score
        : 0;
    // The question's points are authoritative; a grade can never earn more than they allow.
    const earned = Math.min(points, Math.max(0, earnedRaw));
    if (isRecord(graded) && graded.verdict === 'pending_review') pendingReview += 1;
    score += earned;
    maxScore += points;
    const skill = typeof question.skill === 'string' ? question.skill : '';
    const items = bySkill.get(skill) ?? [];
    items.push({ difficulty: question.difficulty, score: earned, maxScore: points });
    bySkill.set(skill, items);
  }

  const measured = new Map<string, SkillProficiency>();
  const skills: SkillScore[] = [];
  for (const [skill, items] of bySkill) {
    const skillScore = items.reduce((sum, i) => sum + i.score, 0);
    const skillMax = items.reduce((sum, i) => sum + i.maxScore, 0);
    const proficiency = measureSkillProficiency(items);
    measured.set(skill, proficiency);
    skills.push({
      skill,
      score: round4(skillScore),
      maxScore: round4(skillMax),
      percentage: percent(skillScore, skillMax),
      proficiency: proficiency.proficiency,
    });
  }

  const passingScore =
    typeof input.passingScore === 'number' && Number.isFinite(input.passingScore)
      ? Math.min(100, Math.max(0, input.passingScore))
      : 100;
  const percentage = percent(score, maxScore);
  return {
    score: round4(score),
    maxScore: round4(maxScore),
    percentage,
    passed: maxScore > 0 && percentage >= passingScore,
    skills,
    levelFit: computeLevelFit(Array.isArray(input.requirements) ? input.requirements : [], measured),
    pendingReview,
  };
}
