import {
  drawForm,
  planForms,
  type CandidateQuestion,
  type CompositionLevel as Level,
} from '@assay/assessments';
import { gradeAnswer } from '@assay/grading';
import { blueprintShortfalls, effectiveBlueprint, enemyKeyGroups } from './blueprints';
import { shippedCatalog } from './catalog-loader';
import {
  GATES,
  choiceGateFailures,
  longestOptionScore,
  testWisePassRate,
  thinSkills,
  undeclaredNearDuplicates,
  type GateItem,
} from './quality-gates';

/**
 * The bank gates over the REAL bank (issue 13). Each test prints what fails, so the list is the to-do. Still
 * open (see the issue): 95% mutant kill for 13 code tasks (code-task-review.ts), an O(n²) check for every
 * algorithms task, and the 30% exposure cap on thin banks.
 */
const catalog = shippedCatalog();
const LEVELS: Level[] = ['junior', 'mid', 'senior', 'lead'];
const PASSING_SCORE = 60; // the product's default passing score
const items: GateItem[] = catalog.questions.map((q) => ({
  key: q.key,
  skill: q.content.skill,
  type: q.content.type,
  difficulty: q.content.difficulty,
  prompt: q.content.prompt,
  options: q.content.options,
  answerKey: q.content.answerKey,
  points: q.content.points,
}));
const byKey = new Map(items.map((i) => [i.key, i]));
const enemies = enemyKeyGroups(catalog);
const pool: CandidateQuestion[] = catalog.questions.map((q) => ({
  questionId: q.key,
  versionId: q.key,
  type: q.content.type,
  skill: q.content.skill,
  difficulty: q.content.difficulty,
  points: q.content.points,
  timeEstimateSeconds: q.content.timeEstimateSeconds,
}));

function planned(roleSlug: string, level: Level, seed: string) {
  const role = catalog.roles.find((r) => r.slug === roleSlug)!;
  const blueprint = effectiveBlueprint(catalog, roleSlug, level)!;
  return planForms({
    requirements: role.requirements.map((r) => ({ skill: r.skill, importance: r.importance })),
    level,
    pool,
    questionCount: blueprint.questionCount,
    seed,
    blueprint,
    enemies,
  });
}

/** A small seeded PRNG, so a failing run can be repeated. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

describe('bank gates over the shipped bank', () => {
  it(`has no undeclared near-duplicates (token similarity ≥ ${GATES.nearDuplicateSimilarity})`, () => {
    expect(undeclaredNearDuplicates(items, enemies)).toEqual([]);
  });

  it(`"always pick the longest option" scores ≤ ${GATES.longestOptionShare * 100}% of every role's single-choice items`, () => {
    const over = catalog.roles.flatMap((role) => {
      const skills = new Set(role.requirements.map((r) => r.skill));
      const score = longestOptionScore(items.filter((i) => skills.has(i.skill)));
      return score > GATES.longestOptionShare ? [`${role.slug}: ${(score * 100).toFixed(1)}%`] : [];
    });
    expect(over).toEqual([]);
  });

  it('has no skill with giveaway keys or a dominant number of correct options', () => {
    expect(choiceGateFailures(items)).toEqual([]);
  });

  it(`gives every required skill ≥ ${GATES.minItemsPerSkill} items and ≥ ${GATES.minItemsPerDifficulty} at each difficulty`, () => {
    expect(
      thinSkills(
        items,
        catalog.roles.flatMap((r) => r.requirements.map((q) => q.skill)),
      ),
    ).toEqual([]);
  });

  it('gives every blueprint the practical tasks it declares', () => {
    expect(blueprintShortfalls(catalog)).toEqual([]);
  });

  it(`lets a zero-knowledge test-wise candidate pass ≤ ${GATES.testWisePassShare * 100}% of forms for every role and level`, () => {
    const grade = (item: GateItem, response: unknown): number =>
      gradeAnswer(
        {
          id: item.key,
          type: item.type as never,
          skill: item.skill,
          difficulty: item.difficulty,
          points: item.points ?? 0,
          options: item.options,
          answerKey: item.answerKey,
        },
        response,
      ).score;
    const over: string[] = [];
    for (const role of catalog.roles) {
      for (const level of LEVELS) {
        const forms: GateItem[][] = [];
        for (let a = 0; a < 10; a++) {
          const p = planned(role.slug, level, `gate-${a}`);
          for (let c = 0; c < 20; c++)
            forms.push(drawForm(p.plan, p.pool, `gate-${a}/${c}`).map((q) => byKey.get(q.questionId)!));
        }
        const rate = testWisePassRate(forms, grade, PASSING_SCORE, prng(a32(role.slug + level)));
        if (rate > GATES.testWisePassShare) over.push(`${role.slug} ${level}: ${(rate * 100).toFixed(1)}%`);
      }
    }
    expect(over).toEqual([]);
  });
});

function a32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
