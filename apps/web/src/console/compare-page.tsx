import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import type { AttemptReport } from './console-types';
import { LEVEL_NAMES } from './console-types';
import { pct } from './format';

/** `/app/assessments/:id/compare?attempts=a,b,…`: two or more graded candidates side by side per skill. */
export function ComparePage() {
  useTitle('Compare candidates');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const attemptIds = (params.get('attempts') ?? '').split(',').filter(Boolean);
  const [reports, setReports] = useState<AttemptReport[] | null>(null);
  const key = attemptIds.join(',');

  useEffect(() => {
    let live = true;
    void Promise.all(
      key
        .split(',')
        .filter(Boolean)
        .map((a) =>
          authedApi
            .GET('/api/v1/attempts/{id}', { params: { path: { id: a } } })
            .then(({ data }) => data as AttemptReport | undefined),
        ),
    ).then((all) => live && setReports(all.filter((r): r is AttemptReport => !!r)));
    return () => {
      live = false;
    };
  }, [key]);

  if (!reports) return <p role="status">Loading…</p>;
  const skills = [...new Set(reports.flatMap((r) => r.skills.map((s) => s.skill)))].sort();
  const best = (skill: string) =>
    Math.max(...reports.map((r) => r.skills.find((s) => s.skill === skill)?.percentage ?? -1));
  return (
    <>
      <p className="eyebrow">
        <Link to={`/app/assessments/${id}`}>Assessment</Link> / compare
      </p>
      <h1>Compare candidates</h1>
      {reports.length < 2 ? (
        <p>Select at least two graded candidates to compare.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table compare">
            <caption>
              Score per skill (percentage of the skill’s points); the best in each row is marked ★
            </caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                {reports.map((r) => (
                  <th key={r.id} scope="col">
                    <Link to={`/app/attempts/${r.id}`}>{r.candidate.fullName}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Overall</th>
                {reports.map((r) => (
                  <td key={r.id}>
                    {pct(r.percentage)} {r.passed === null ? '' : r.passed ? '(passed)' : '(not passed)'}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Level fit</th>
                {reports.map((r) => (
                  <td key={r.id}>{r.levelFit?.recommended ? LEVEL_NAMES[r.levelFit.recommended] : '—'}</td>
                ))}
              </tr>
              {skills.map((skill) => (
                <tr key={skill}>
                  <th scope="row">{skill}</th>
                  {reports.map((r) => {
                    const s = r.skills.find((x) => x.skill === skill);
                    const top = s && s.percentage === best(skill);
                    return (
                      <td key={r.id}>
                        {s ? (
                          <span className="compare-cell">
                            <span className="mini-bar" aria-hidden="true">
                              <span style={{ width: `${Math.max(0, Math.min(100, s.percentage))}%` }} />
                            </span>
                            {pct(s.percentage)} {top && <span aria-label="best">★</span>}
                          </span>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
