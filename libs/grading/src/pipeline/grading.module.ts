import { type QuestionType } from '@assay/core';
import { Global, Injectable, Module } from '@nestjs/common';

import { ResultCalculator } from '@assay/assessments';
import { SqlFixtureCheck } from '@assay/requirements';
import type { CalculatedResult, ScoreContext, ScoreUncertainty } from '@assay/assessments';
import { scoreAttempt, scoreBand } from '../attempt-scoring';

import { ITEM_STATISTICS_RULES, percentileRank } from '../statistics/item-statistics';

import type { AnswerGrade } from '../grading.types';
import { SandboxSqlFixtureCheck } from './sql-fixture-check.service';

/** `scoreAttempt` behind the assessments lib's ResultCalculator (used by hand-scoring in the API). */
@Injectable()
export class ScoreAttemptCalculator extends ResultCalculator {
  calculate(input: Parameters<ResultCalculator['calculate']>[0]): CalculatedResult {
    const grades: Record<string, AnswerGrade> = {};
    for (const [id, g] of Object.entries(input.grades)) {
      grades[id] = {
        score: g.score,
        maxScore: g.maxScore,
        verdict: g.verdict as AnswerGrade['verdict'],
        details: {},
      };
    }
    const { pendingReview, ...score } = scoreAttempt({
      questions: input.questions.map((q) => ({ ...q, type: q.type as QuestionType, answerKey: null })),
      grades,
      requirements: input.requirements,
      passingScore: input.passingScore,
      level: input.level,
    });
    void pendingReview;
    return { ...score, levelFit: { ...score.levelFit, evidence: { ...score.levelFit.evidence } } };
  }

  /**
   * The assessment's SEM once it has ≥ 30 graded attempts (and α could be computed), else the candidate's
   * own binomial SEM; the percentile once the norm group has ≥ 100 graded attempts.
   */
  uncertainty(
    result: { percentage: number | null; sem: number | null },
    context: ScoreContext,
  ): ScoreUncertainty {
    const rules = ITEM_STATISTICS_RULES;
    const a = context.assessment;
    const measured =
      !!a && a.attempts >= rules.minAttemptsForReliability && a.alpha !== null && a.sem !== null;
    const reliability = {
      alpha: measured ? a!.alpha : null,
      sem: measured ? a!.sem : null,
      attempts: a?.attempts ?? 0,
      status: measured ? ('measured' as const) : ('not_yet' as const),
      minAttempts: rules.minAttemptsForReliability,
    };
    const percentage = result.percentage;
    const band = percentage === null ? null : scoreBand(percentage, measured ? a!.sem : result.sem);
    const norm = context.norm;
    return {
      scoreBand: band && { ...band, basis: measured ? 'assessment' : 'candidate' },
      reliability,
      percentile:
        percentage === null || !norm ? null : percentileRank(norm.counts, percentage, rules.minNormGroup),
      normGroup: { size: norm?.attempts ?? 0, minSize: rules.minNormGroup },
    };
  }
}

/**
 * For the API process (no queue): the scoring rules, and the SQL sandbox that checks authored schemas
 * (its thread starts with the first SQL question authored). Import once in the app.
 */
@Global()
@Module({
  providers: [
    { provide: ResultCalculator, useClass: ScoreAttemptCalculator },
    { provide: SqlFixtureCheck, useClass: SandboxSqlFixtureCheck },
  ],
  exports: [ResultCalculator, SqlFixtureCheck],
})
export class GradingModule {}
