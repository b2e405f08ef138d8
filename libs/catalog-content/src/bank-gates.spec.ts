import { LEVELS, type Level } from '@assay/core';
import {
  DEFAULT_EXPOSURE_CAP,
  drawForm,
  planForms,
  stratumOf,
  type CandidateQuestion,
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
 * The bank gates over the REAL bank (issue 13). Each test prints what fails, so the list is the to-do.
 * Closed: every code task kills ≥ 95% of its mutants (code-tasks.spec.ts, nothing left in NOT_YET_MEASURING),
 * every algorithms task has an O(n²) solution its large-input test stops (content-verification.spec.ts),
 * and the 30% exposure cap is measured on 1,000 per-candidate forms of every role × level (below), with no
 * declared exception left: the 12 thin practical strata once in OVER_EXPOSED got more code tasks.
 */
const catalog = shippedCatalog();
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

const poolByKey = new Map(pool.map((q) => [q.questionId, q]));

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

const FORMS = 1000;
/**
 * Role × level × stratum whose items exceed the exposure cap, with the share of forms showing the most
 * exposed item. Empty since 2026-12-03: the 12 practical strata listed on 2026-12-02 (a role's only band of
 * code tasks for one seat, which the planner cannot move to a sibling stratum) got code tasks until items ≥
 * seats / 0.25, more where time swaps make the draw uneven. The list may only shrink: an entry that is back
 * under the cap fails.
 */
const OVER_EXPOSED: Record<string, string> = {};

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

  it(`shows no item on more than ${DEFAULT_EXPOSURE_CAP * 100}% of 1,000 per-candidate forms of any role and level, for three families of invitation seeds, beyond the declared thin strata`, () => {
    const over = new Map<string, string>();
    for (const role of catalog.roles) {
      for (const level of LEVELS) {
        const p = planned(role.slug, level, 'exposure');
        // Seeds stand for invitations; the cap must hold whatever they are, not for one lucky family.
        for (const family of ['exposure', 'invitation', 'x']) {
          const counts = new Map<string, number>();
          for (let c = 0; c < FORMS; c++)
            for (const q of drawForm(p.plan, p.pool, `${family}-${c}`))
              counts.set(q.questionId, (counts.get(q.questionId) ?? 0) + 1);
          // One entry per stratum: its most exposed item.
          const worst = new Map<string, number>();
          for (const [key, n] of counts) {
            if (n / FORMS <= DEFAULT_EXPOSURE_CAP) continue;
            const stratum = stratumOf(poolByKey.get(key)!, level);
            worst.set(stratum, Math.max(worst.get(stratum) ?? 0, n / FORMS));
          }
          for (const [stratum, share] of worst) {
            const e = p.exposure.find((x) => x.stratum === stratum);
            over.set(
              `${role.slug} ${level} ${stratum}`,
              `${(share * 100).toFixed(1)}% with ${family}-N seeds (${e?.seats} seat(s), ${e?.items} item(s))`,
            );
          }
        }
      }
    }
    const undeclared = [...over].filter(([k]) => !(k in OVER_EXPOSED)).map(([k, v]) => `${k}: ${v}`);
    const noLongerOver = Object.keys(OVER_EXPOSED).filter((k) => !over.has(k));
    expect({ undeclared, noLongerOver }).toEqual({ undeclared: [], noLongerOver: [] });
  });
});

function a32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
