import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import { CandidatesTable } from './candidates-table';
import type { Assessment } from './console-types';
import { LEVEL_NAMES } from './console-types';
import { DraftEditor } from './draft-editor';
import { STATUS_LABELS, TYPE_LABELS, when } from './format';
import { FormsSummary } from './forms-summary';
import { InvitePanel } from './invite-panel';
import { skillLabel, useSkillNames } from './skill-names';
import { StatisticsPanel } from './statistics-panel';

/** `/app/assessments/:id`: the draft editor, or (once published) invitations and candidates. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [missing, setMissing] = useState(false);
  const [invited, setInvited] = useState(0);
  const skillNames = useSkillNames();
  useTitle(assessment?.title ?? 'Assessment');

  const load = useCallback(async () => {
    const { data, response } = await authedApi.GET('/api/v1/assessments/{id}', { params: { path: { id } } });
    if (!response.ok) setMissing(true);
    else setAssessment(data as Assessment);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (missing)
    return (
      <>
        <h1>Assessment not found</h1>
        <p>
          It does not exist in this organization. <Link to="/app">Back to the dashboard</Link>
        </p>
      </>
    );
  if (!assessment) return <p role="status">Loading…</p>;
  return (
    <>
      <p className="eyebrow">
        <Link to="/app">Dashboard</Link> / assessment
      </p>
      <div className="page-head">
        <h1>{assessment.title}</h1>
        <span className={`status status-${assessment.status}`}>{STATUS_LABELS[assessment.status]}</span>
      </div>
      <p className="meta">
        {assessment.role.title} (v{assessment.role.version}) · {LEVEL_NAMES[assessment.level]} ·{' '}
        {assessment.forms === 'per_candidate'
          ? `${assessment.formLength} questions per candidate (pool of ${assessment.questionCount})`
          : `${assessment.questionCount} questions`}{' '}
        · {assessment.timeLimitMinutes} min · pass at {assessment.passingScore}%
        {assessment.publishedAt && <> · published {when(assessment.publishedAt)}</>}
      </p>
      {assessment.status === 'draft' ? (
        <>
          <FormsSummary assessment={assessment} />
          <DraftEditor assessment={assessment} onChange={setAssessment} />
        </>
      ) : (
        <>
          {assessment.status === 'open' && (
            <InvitePanel assessmentId={assessment.id} onInvited={() => setInvited((n) => n + 1)} />
          )}
          <CandidatesTable assessmentId={assessment.id} refreshKey={invited} />
          <StatisticsPanel assessmentId={assessment.id} questions={assessment.questions} />
          <FormsSummary assessment={assessment} />
          <details className="card">
            <summary>Questions ({assessment.questions.length}, frozen)</summary>
            <ol>
              {assessment.questions.map((q) => (
                <li key={q.id}>
                  <span className="chip">{skillLabel(skillNames, q.skill)}</span>{' '}
                  {TYPE_LABELS[q.type] ?? q.type} · difficulty {q.difficulty} · {q.points} pts —{' '}
                  {q.prompt.length > 140 ? `${q.prompt.slice(0, 140)}…` : q.prompt}
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </>
  );
}
