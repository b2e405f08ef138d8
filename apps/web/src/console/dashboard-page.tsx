import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import type { AssessmentSummary, CandidateRow } from './console-types';
import { LEVEL_NAMES } from './console-types';
import { pct, STATUS_LABELS, when } from './format';

interface Counts {
  invited: number;
  submitted: number;
  graded: number;
}

/** `/app`: the organization's assessments with candidate counts, and the latest graded results. */
export function DashboardPage() {
  useTitle('Dashboard');
  const [assessments, setAssessments] = useState<AssessmentSummary[] | null>(null);
  const [counts, setCounts] = useState<Record<string, Counts>>({});
  const [recent, setRecent] = useState<(CandidateRow & { assessment: AssessmentSummary })[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const { data } = await authedApi.GET('/api/v1/assessments', { params: { query: { limit: 50 } } });
      const items = ((data as { items?: AssessmentSummary[] } | undefined)?.items ??
        []) as AssessmentSummary[];
      if (!live) return;
      setAssessments(items);
      const published = items.filter((a) => a.status !== 'draft').slice(0, 10);
      const rows = await Promise.all(
        published.map(async (a) => {
          const res = await authedApi.GET('/api/v1/assessments/{id}/candidates', {
            params: { path: { id: a.id }, query: { limit: 100 } },
          });
          return {
            a,
            items: ((res.data as { items?: CandidateRow[] } | undefined)?.items ?? []) as CandidateRow[],
          };
        }),
      );
      if (!live) return;
      const next: Record<string, Counts> = {};
      const graded: (CandidateRow & { assessment: AssessmentSummary })[] = [];
      for (const { a, items: candidates } of rows) {
        next[a.id] = {
          invited: candidates.length,
          submitted: candidates.filter((c) => c.status === 'submitted' || c.status === 'graded').length,
          graded: candidates.filter((c) => c.status === 'graded').length,
        };
        for (const c of candidates) if (c.status === 'graded') graded.push({ ...c, assessment: a });
      }
      graded.sort((x, y) => (y.gradedAt ?? '').localeCompare(x.gradedAt ?? ''));
      setCounts(next);
      setRecent(graded.slice(0, 8));
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <>
      <div className="page-head">
        <h1>Dashboard</h1>
        <Link className="button button-primary" to="/app/assessments/new">
          New assessment
        </Link>
      </div>
      <section aria-labelledby="assessments-heading">
        <h2 id="assessments-heading">Assessments</h2>
        {assessments === null ? (
          <p role="status">Loading…</p>
        ) : assessments.length === 0 ? (
          <p>
            No assessments yet. <Link to="/app/assessments/new">Compose your first one</Link> from a role.
          </p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Assessment</th>
                  <th scope="col">Status</th>
                  <th scope="col">Level</th>
                  <th scope="col">Invited</th>
                  <th scope="col">Submitted</th>
                  <th scope="col">Graded</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/app/assessments/${a.id}`}>{a.title}</Link>
                    </td>
                    <td>
                      <span className={`status status-${a.status}`}>
                        {STATUS_LABELS[a.status] ?? a.status}
                      </span>
                    </td>
                    <td>{LEVEL_NAMES[a.level] ?? a.level}</td>
                    <td>{counts[a.id]?.invited ?? (a.status === 'draft' ? '—' : a.candidateCount)}</td>
                    <td>{counts[a.id]?.submitted ?? '—'}</td>
                    <td>{counts[a.id]?.graded ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent results</h2>
        {recent.length === 0 ? (
          <p>No graded attempts yet.</p>
        ) : (
          <ul className="plain-list">
            {recent.map((c) => (
              <li key={c.invitationId}>
                <Link to={`/app/attempts/${c.attemptId}`}>{c.fullName}</Link> — {c.assessment.title}:{' '}
                {pct(c.percentage)} {c.passed === null ? '' : c.passed ? '(passed)' : '(not passed)'} ·{' '}
                {when(c.gradedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
