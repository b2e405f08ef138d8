import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScoreContext } from './result-calculator';

/**
 * Reads what the worker's statistics job stored for an assessment and its norm group (same role version
 * and level, across organizations). A read of two small rows: nothing is computed on the request path.
 */
@Injectable()
export class ResultStatisticsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async contextFor(assessmentId: string): Promise<ScoreContext> {
    const [assessment, norm] = await Promise.all([
      this.db.query(`SELECT attempts, alpha, sem FROM assessment_statistics WHERE assessment_id = $1`, [
        assessmentId,
      ]) as Promise<{ attempts: number; alpha: string | null; sem: string | null }[]>,
      this.db.query(
        `SELECT n.attempts, n.counts FROM norm_groups n
           JOIN assessments a ON a.role_version_id = n.role_version_id AND a.level = n.level
          WHERE a.id = $1`,
        [assessmentId],
      ) as Promise<{ attempts: number; counts: number[] }[]>,
    ]);
    const a = assessment[0];
    return {
      assessment: a
        ? {
            attempts: a.attempts,
            alpha: a.alpha === null ? null : Number(a.alpha),
            sem: a.sem === null ? null : Number(a.sem),
          }
        : null,
      norm: norm[0] ? { attempts: norm[0].attempts, counts: norm[0].counts.map(Number) } : null,
    };
  }
}
