import { useEffect, useState } from 'react';
import { authedApi } from '../account/session';
import { Histogram } from './charts';
import type { AssessmentQuestion } from './console-types';
import { TYPE_LABELS } from './format';
import { skillLabel, useSkillNames } from './skill-names';

interface ItemStatistics {
  questionId: string;
  type: string;
  difficulty: number;
  responses: number;
  facility: number | null;
  pointBiserial: number | null;
  time?: { medianSeconds: number | null } | null;
  flags: (string | { code?: string; message?: string })[];
}

interface AssessmentStatistics {
  attempts: number;
  reliability?: { alpha: number | null; sem: number | null; status?: string; minAttempts?: number } | null;
  mean?: number | null;
  sd?: number | null;
  distribution?: { from: number; to: number; count: number }[];
  items?: ItemStatistics[];
}

const fixed = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);
const flagText = (f: ItemStatistics['flags'][number]) =>
  typeof f === 'string' ? f : (f.message ?? f.code ?? '');

/** Reliability and SEM, the score distribution and the item table, as the API computes them after grading. */
export function StatisticsPanel({
  assessmentId,
  questions,
}: {
  assessmentId: string;
  questions: AssessmentQuestion[];
}) {
  const [stats, setStats] = useState<AssessmentStatistics | null>(null);
  const skillNames = useSkillNames();
  useEffect(() => {
    void authedApi
      .GET('/api/v1/assessments/{id}/statistics', { params: { path: { id: assessmentId } } })
      .then(({ data }) => setStats((data as AssessmentStatistics | undefined) ?? null));
  }, [assessmentId]);
  if (!stats) return null;
  // Items name the assessment's question or its library question, depending on the statistics source.
  const position = new Map(questions.flatMap((q) => [[q.id, q] as const, [q.questionId, q] as const]));
  const rel = stats.reliability;
  return (
    <section aria-labelledby="stats-heading" className="card">
      <h2 id="stats-heading">Statistics</h2>
      <dl className="stats">
        <div>
          <dt>Graded attempts</dt>
          <dd>{stats.attempts}</dd>
        </div>
        <div>
          <dt>Mean (SD)</dt>
          <dd>
            {fixed(stats.mean, 1)}% ({fixed(stats.sd, 1)})
          </dd>
        </div>
        <div>
          <dt>Reliability α</dt>
          <dd>
            {rel?.alpha === null || rel?.alpha === undefined
              ? `not yet (needs ${rel?.minAttempts ?? 30} attempts)`
              : fixed(rel.alpha)}
          </dd>
        </div>
        <div>
          <dt>SEM</dt>
          <dd>{rel?.sem === null || rel?.sem === undefined ? '—' : `${fixed(rel.sem, 1)} points`}</dd>
        </div>
      </dl>
      {stats.distribution && stats.distribution.length > 0 && (
        <Histogram
          title="Score distribution (candidates per score range, %)"
          buckets={stats.distribution.map((b) => ({ label: `${b.from}`, count: b.count }))}
        />
      )}
      {stats.items && stats.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Items</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Responses</th>
                <th scope="col">Facility</th>
                <th scope="col">Point-biserial</th>
                <th scope="col">Median time</th>
                <th scope="col">Flags</th>
              </tr>
            </thead>
            <tbody>
              {stats.items.map((item) => {
                const q = position.get(item.questionId);
                return (
                  <tr key={item.questionId}>
                    <td>
                      {q
                        ? `${q.position}. ${skillLabel(skillNames, q.skill)} (${TYPE_LABELS[q.type] ?? q.type})`
                        : (TYPE_LABELS[item.type] ?? item.type)}
                    </td>
                    <td>{item.responses}</td>
                    <td>{fixed(item.facility)}</td>
                    <td>{fixed(item.pointBiserial)}</td>
                    <td>
                      {item.time?.medianSeconds === null || item.time?.medianSeconds === undefined
                        ? '—'
                        : `${item.time.medianSeconds} s`}
                    </td>
                    <td>{item.flags.length ? item.flags.map(flagText).join(', ') : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
