import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { timeOnQuestions, type TimedEvent } from '../results/time-on-question';
import {
  NORM_BINS,
  itemStatistics,
  normBin,
  reliabilityOf,
  scoreDistribution,
  type ItemMeta,
  type ItemObservation,
} from '@assay/grading';

/** One current graded answer of a question version, with what the statistics need. */
interface ObservationRow {
  attempt_id: string;
  assessment_question_id: string;
  question_version_id: string;
  score: string;
  max_score: string;
  total: string;
  total_max: string;
  details: Record<string, unknown> | null;
  response: unknown;
}

interface QuestionRow {
  id: string;
  question_id: string;
  question_version_id: string;
  type: string;
  difficulty: number;
  points: string;
  content: { options?: { id: string }[] } | null;
  answer_key: { optionId?: string; optionIds?: string[] } | null;
}

/** Serializes statistics updates across workers (one small transaction at a time). */
const LOCK_KEY = 'assay:statistics';

/**
 * The statistics job's work for one graded attempt (docs/decisions/0122-item-statistics.md): recomputes,
 * from the stored current results, the statistics of the attempt's question versions (across every
 * organization), of its assessment (α, SEM, distribution, item table) and of its norm group (role version
 * + level). Only what the attempt touched is recomputed; a retry or a duplicate job rewrites the same rows.
 */
@Injectable()
export class StatisticsUpdater {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async update(attemptId: string): Promise<'updated' | 'missing'> {
    return this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [LOCK_KEY]);
      const attempts: {
        assessment_id: string;
        organization_id: string;
        role_version_id: string;
        level: string;
      }[] = await m.query(
        `SELECT t.assessment_id, s.organization_id, s.role_version_id, s.level
             FROM attempts t JOIN assessments s ON s.id = t.assessment_id WHERE t.id = $1`,
        [attemptId],
      );
      const attempt = attempts[0];
      if (!attempt) return 'missing';
      const questions: QuestionRow[] = await m.query(
        `SELECT id, question_id, question_version_id, type, difficulty, points, content, answer_key
           FROM assessment_questions WHERE assessment_id = $1 ORDER BY position`,
        [attempt.assessment_id],
      );
      await this.updateAssessment(m, attempt.assessment_id, attempt.organization_id, questions);
      await this.updateQuestionVersions(m, [...new Set(questions.map((q) => q.question_version_id))]);
      await this.updateNormGroup(m, attempt.role_version_id, attempt.level);
      return 'updated';
    });
  }

  private async updateAssessment(
    m: EntityManager,
    assessmentId: string,
    organizationId: string,
    questions: QuestionRow[],
  ): Promise<void> {
    const rows = await this.observations(m, `aq.assessment_id = $1`, [assessmentId]);
    const times = await this.timesOf(m, [...new Set(rows.map((r) => r.attempt_id))]);
    const byAttempt = new Map<string, Map<string, ObservationRow>>();
    for (const r of rows) {
      const answers = byAttempt.get(r.attempt_id) ?? new Map<string, ObservationRow>();
      answers.set(r.assessment_question_id, r);
      byAttempt.set(r.attempt_id, answers);
    }
    // α needs one form: the attempts that have a grade for every question (all of them on a fixed form).
    const complete = [...byAttempt.values()].filter((answers) => questions.every((q) => answers.has(q.id)));
    const matrix = complete.map((answers) => questions.map((q) => Number(answers.get(q.id)!.score)));
    const reliability = reliabilityOf(
      matrix,
      questions.map((q) => Number(q.points)),
    );
    const percentages = [...byAttempt.values()].map((answers) => {
      const any = answers.values().next().value!;
      return Number(any.total_max) > 0 ? (100 * Number(any.total)) / Number(any.total_max) : 0;
    });
    const items = questions.map((q) => {
      const own = rows.filter((r) => r.assessment_question_id === q.id);
      const stats = itemStatistics(
        own.map((r) => toObservation(r, times)),
        metaOf(q),
      );
      return {
        questionId: q.id,
        questionVersionId: q.question_version_id,
        type: q.type,
        difficulty: q.difficulty,
        responses: stats.responses,
        facility: stats.facility,
        pointBiserial: stats.pointBiserial,
        options: stats.options,
        time: stats.time,
        tests: stats.tests,
        flags: stats.flags,
      };
    });
    await m.query(
      `INSERT INTO assessment_statistics
         (assessment_id, organization_id, attempts, alpha, sem, mean, sd, distribution, items, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, now())
       ON CONFLICT (assessment_id) DO UPDATE SET
         attempts = EXCLUDED.attempts, alpha = EXCLUDED.alpha, sem = EXCLUDED.sem, mean = EXCLUDED.mean,
         sd = EXCLUDED.sd, distribution = EXCLUDED.distribution, items = EXCLUDED.items, updated_at = now()`,
      [
        assessmentId,
        organizationId,
        byAttempt.size,
        clampAlpha(reliability.alpha),
        reliability.sem,
        reliability.mean,
        reliability.sd,
        JSON.stringify(scoreDistribution(percentages)),
        JSON.stringify(items),
      ],
    );
  }

  private async updateQuestionVersions(m: EntityManager, versionIds: string[]): Promise<void> {
    if (!versionIds.length) return;
    const rows = await this.observations(m, `aq.question_version_id = ANY($1::uuid[])`, [versionIds]);
    const times = await this.timesOf(m, [...new Set(rows.map((r) => r.attempt_id))]);
    const metas: (QuestionRow & { organization_id: string | null })[] = await m.query(
      `SELECT DISTINCT ON (aq.question_version_id) aq.id, aq.question_id, aq.question_version_id, aq.type,
              aq.difficulty, aq.points, aq.content, aq.answer_key, q.organization_id
         FROM assessment_questions aq JOIN questions q ON q.id = aq.question_id
        WHERE aq.question_version_id = ANY($1::uuid[])
        ORDER BY aq.question_version_id, aq.id`,
      [versionIds],
    );
    for (const meta of metas) {
      const own = rows.filter((r) => r.question_version_id === meta.question_version_id);
      const stats = itemStatistics(
        own.map((r) => toObservation(r, times)),
        metaOf(meta),
      );
      await m.query(
        `INSERT INTO question_statistics
           (question_version_id, question_id, organization_id, responses, facility, point_biserial, flags,
            statistics, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::jsonb, now())
         ON CONFLICT (question_version_id) DO UPDATE SET
           responses = EXCLUDED.responses, facility = EXCLUDED.facility,
           point_biserial = EXCLUDED.point_biserial, flags = EXCLUDED.flags,
           statistics = EXCLUDED.statistics, updated_at = now()`,
        [
          meta.question_version_id,
          meta.question_id,
          meta.organization_id,
          stats.responses,
          stats.facility,
          stats.pointBiserial,
          stats.flags,
          JSON.stringify({
            difficulty: meta.difficulty,
            type: meta.type,
            options: stats.options,
            time: stats.time,
            tests: stats.tests,
          }),
        ],
      );
    }
  }

  private async updateNormGroup(m: EntityManager, roleVersionId: string, level: string): Promise<void> {
    const rows: { percentage: string }[] = await m.query(
      `SELECT r.percentage FROM attempt_results r
         JOIN attempts t ON t.id = r.attempt_id AND t.status = 'graded'
         JOIN assessments s ON s.id = t.assessment_id
        WHERE r.is_current AND s.role_version_id = $1 AND s.level = $2`,
      [roleVersionId, level],
    );
    const counts = new Array<number>(NORM_BINS).fill(0);
    for (const r of rows) counts[normBin(Number(r.percentage))] += 1;
    await m.query(
      `INSERT INTO norm_groups (role_version_id, level, attempts, counts, updated_at)
       VALUES ($1, $2, $3, $4::int[], now())
       ON CONFLICT (role_version_id, level) DO UPDATE SET
         attempts = EXCLUDED.attempts, counts = EXCLUDED.counts, updated_at = now()`,
      [roleVersionId, level, rows.length, counts],
    );
  }

  /** Current graded answers matching `where` (on assessment_questions aq), with their attempt's totals. */
  private observations(m: EntityManager, where: string, params: unknown[]): Promise<ObservationRow[]> {
    return m.query(
      `SELECT r.attempt_id, g.assessment_question_id, aq.question_version_id, g.score, g.max_score,
              r.score AS total, r.max_score AS total_max, g.details, a.response
         FROM assessment_questions aq
         JOIN answer_grades g ON g.assessment_question_id = aq.id
         JOIN attempt_results r ON r.id = g.result_id AND r.is_current
         JOIN attempts t ON t.id = r.attempt_id AND t.status = 'graded'
         LEFT JOIN answers a ON a.attempt_id = r.attempt_id AND a.assessment_question_id = aq.id
        WHERE ${where}`,
      params,
    );
  }

  /** Seconds per (attempt, question) from the take flow's `viewed` events. */
  private async timesOf(m: EntityManager, attemptIds: string[]): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    if (!attemptIds.length) return out;
    // One after another: `m` is a transaction's single connection, and pg deprecates queuing queries on a
    // client that is already executing one (Promise.all did that).
    const events: (TimedEvent & { attempt_id: string })[] = await m.query(
      `SELECT attempt_id, type, at, data FROM proctoring_events
        WHERE attempt_id = ANY($1::uuid[]) AND type = 'viewed'`,
      [attemptIds],
    );
    const saves: { attempt_id: string; assessment_question_id: string; saved_at: Date }[] = await m.query(
      `SELECT attempt_id, assessment_question_id, saved_at FROM answers WHERE attempt_id = ANY($1::uuid[])`,
      [attemptIds],
    );
    const attempts: { id: string; submitted_at: Date | null; deadline_at: Date }[] = await m.query(
      `SELECT id, submitted_at, deadline_at FROM attempts WHERE id = ANY($1::uuid[])`,
      [attemptIds],
    );
    for (const a of attempts) {
      const spent = timeOnQuestions({
        events: events.filter((e) => e.attempt_id === a.id),
        savedAt: new Map(
          saves.filter((s) => s.attempt_id === a.id).map((s) => [s.assessment_question_id, s.saved_at]),
        ),
        end: a.submitted_at ?? a.deadline_at,
      });
      if (spent) out.set(a.id, spent);
    }
    return out;
  }
}

function clampAlpha(alpha: number | null): number | null {
  // numeric(6,4): a form whose items do not hang together can give a large negative α.
  return alpha === null ? null : Math.max(-99, Math.min(1, alpha));
}

function metaOf(q: QuestionRow): ItemMeta {
  const key = q.answer_key ?? {};
  const correct =
    typeof key.optionId === 'string' ? [key.optionId] : Array.isArray(key.optionIds) ? key.optionIds : [];
  return {
    type: q.type,
    difficulty: Number(q.difficulty),
    optionIds: q.type.endsWith('_choice') ? (q.content?.options ?? []).map((o) => o.id) : undefined,
    correctOptionIds: correct,
  };
}

function toObservation(r: ObservationRow, times: Map<string, Map<string, number>>): ItemObservation {
  const response = (r.response ?? {}) as { optionId?: unknown; optionIds?: unknown };
  const selected =
    typeof response.optionId === 'string'
      ? [response.optionId]
      : Array.isArray(response.optionIds)
        ? response.optionIds.filter((x): x is string => typeof x === 'string')
        : [];
  const tests = Array.isArray(r.details?.tests)
    ? (r.details!.tests as { index?: unknown; status?: unknown }[])
        .filter((t) => typeof t.index === 'number')
        .map((t) => ({ index: t.index as number, passed: t.status === 'passed' }))
    : null;
  const attemptTimes = times.get(r.attempt_id);
  return {
    score: Number(r.score),
    maxScore: Number(r.max_score),
    total: Number(r.total),
    totalMax: Number(r.total_max),
    selected,
    seconds: attemptTimes ? (attemptTimes.get(r.assessment_question_id) ?? 0) : null,
    tests,
  };
}
