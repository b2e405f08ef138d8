import { Global, Injectable, Module } from '@nestjs/common';
import { ResultCalculator } from '@assay/assessments';
import type { CalculatedResult } from '@assay/assessments';
import { scoreAttempt } from '../attempt-scoring';
import type { AnswerGrade, QuestionType } from '../grading.types';

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

/** The pure scoring rules for the API process (no sandboxes, no queue): import once in the app. */
@Global()
@Module({
  providers: [{ provide: ResultCalculator, useClass: ScoreAttemptCalculator }],
  exports: [ResultCalculator],
})
export class GradingModule {}
