import { Global, Injectable, Module } from '@nestjs/common';
import { ResultCalculator } from '@assay/assessments';
import { SqlFixtureCheck } from '@assay/requirements';
import type { CalculatedResult } from '@assay/assessments';
import { scoreAttempt } from '../attempt-scoring';
import type { AnswerGrade, QuestionType } from '../grading.types';
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
    });
    void pendingReview;
    return score;
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
