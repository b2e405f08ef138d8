import { LEVELS, type QuestionType } from '@assay/core';
import { DEFAULT_QUESTION_COUNT } from '../assessments.service';
import { composeAssessment } from '../composition/compose-assessment';
import { shippedCatalog } from '@assay/catalog-content';
import {
  miskeyedItem,
  parallelForms,
  perfectScoreIdentity,
  randomGuessing,
  type Composer,
  type GradableQuestion,
  type SimulationRole,
} from '@assay/grading';

/**
 * Runs the scoring simulation over the shipped bank and the real composition and prints the figures as
 * JSON (the spec beside this file asserts them). A separate process because Jest's module sandbox makes
 * this code several times slower. Usage: node -r ./scripts/ts-register.js <this file> [forms] [candidates]
 */
function main(): void {
  const forms = Number(process.argv[2] ?? 500);
  const candidates = Number(process.argv[3] ?? 200);
  const catalog = shippedCatalog();
  const questions: GradableQuestion[] = catalog.questions.map((q) => ({
    id: q.key,
    type: q.content.type as QuestionType,
    skill: q.content.skill,
    difficulty: q.content.difficulty,
    points: q.content.points,
    options: q.content.options,
    answerKey: q.content.answerKey,
  }));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seconds = new Map(catalog.questions.map((q) => [q.key, q.content.timeEstimateSeconds]));
  const roles: SimulationRole[] = catalog.roles.map((r) => ({ slug: r.slug, requirements: r.requirements }));
  const pools = new Map(
    roles.map((role) => {
      const skills = new Set(role.requirements.map((r) => r.skill));
      const pool = questions
        .filter((q) => skills.has(q.skill))
        .map((q) => ({
          questionId: q.id,
          versionId: q.id,
          type: q.type,
          skill: q.skill,
          difficulty: q.difficulty,
          points: q.points,
          timeEstimateSeconds: seconds.get(q.id) ?? 60,
        }));
      return [role.slug, pool];
    }),
  );
  // As POST /assessments composes: the role's requirements, the level, the default question count.
  const compose: Composer = (role, level, seed) =>
    composeAssessment({
      requirements: role.requirements.map((r) => ({ skill: r.skill, importance: r.importance })),
      level,
      pool: pools.get(role.slug)!,
      questionCount: DEFAULT_QUESTION_COUNT,
      seed,
    }).questions.map((c) => byId.get(c.questionId)!);

  const started = Date.now();
  const identity = roles.flatMap((role) =>
    LEVELS.map((level) => perfectScoreIdentity(role, level, compose, forms)),
  );
  const parallel = roles.flatMap((role) =>
    LEVELS.map((level) => parallelForms(role, level, compose, candidates)),
  );
  // A mid Back-End form (or the first role's) with its first choice question scored against a wrong key.
  const role = roles.find((r) => r.slug === 'back-end-engineer') ?? roles[0];
  const form = compose(role, 'mid', 'miskey-form');
  const target = form.find((q) => q.type === 'single_choice') ?? form[0];
  const miskey = miskeyedItem(form, target.id, 400);
  const guessing = randomGuessing(questions, 2000);
  process.stdout.write(
    JSON.stringify({
      bank: { questions: questions.length, roles: roles.length },
      forms,
      candidates,
      identity,
      parallel,
      miskey: {
        reliability: miskey.reliability,
        miskeyed: target.id,
        items: [...miskey.statistics.entries()].map(([id, s]) => ({
          id,
          facility: s.facility,
          pointBiserial: s.pointBiserial,
          flags: s.flags,
        })),
      },
      guessing,
      ms: Date.now() - started,
    }),
  );
}

main();
