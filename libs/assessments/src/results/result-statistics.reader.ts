import { Injectable } from '@nestjs/common';
import { OrganizationDb } from '@assay/persistence';
import type { ScoreContext } from './result-calculator';

/**
 * Reads what the worker's statistics job stored for an assessment and its norm group (same role version
 * and level, across organizations). A read of two small rows: nothing is computed on the request path.
 */
@Injectable()
export class ResultStatisticsReader {
  constructor(private readonly organizationDb: OrganizationDb) {}

  async contextFor(organizationId: string, assessmentId: string): Promise<ScoreContext> {
    const [assessment, norm] = await Promise.all([
      this.organizationDb.query<{ attempts: number; alpha: string | null; sem: string | null }>(
        organizationId,
        `SELECT attempts, alpha, sem FROM assessment_statistics WHERE organization_id = $1 AND assessment_id = $2`,
        [assessmentId],
      ),
      // The norm group itself spans organizations (same role version and level); the assessment is ours.
      this.organizationDb.query<{ attempts: number; counts: number[] }>(
        organizationId,
        `SELECT n.attempts, n.counts FROM norm_groups n
           JOIN assessments a ON a.role_version_id = n.role_version_id AND a.level = n.level
          WHERE a.organization_id = $1 AND a.id = $2`,
        [assessmentId],
      ),
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
