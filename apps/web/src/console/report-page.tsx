import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { asProblem } from '../api/client';
import { problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import { Markdown } from '../components/markdown';
import { BarChart } from './charts';
import type { AttemptReport, CodeTest, LevelBlockers, ReportAnswer } from './console-types';
import { LEVEL_NAMES, LEVELS } from './console-types';
import { duration, pct, STATUS_LABELS, TYPE_LABELS, when } from './format';
import { skillLabel, type SkillNames, useSkillNames } from './skill-names';

/** `/app/attempts/:id`: one candidate's report, printable. */
export function ReportPage() {
  const { id = '' } = useParams();
  const [report, setReport] = useState<AttemptReport | null>(null);
  const skillNames = useSkillNames();
  const [missing, setMissing] = useState(false);
  const [message, setMessage] = useState('');
  // After a regrade request: the revision the new result must exceed (the report polls until it does).
  const [regradeAfter, setRegradeAfter] = useState<number | null>(null);
  useTitle(report ? `${report.candidate.fullName} — report` : 'Report');

  const load = useCallback(async () => {
    const { data, response } = await authedApi.GET('/api/v1/attempts/{id}', { params: { path: { id } } });
    if (!response.ok) setMissing(true);
    else setReport(data as AttemptReport);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  // Until grading has finished, the report refreshes itself.
  const revision = report?.result?.revision ?? 0;
  const waiting = report !== null && (report.status !== 'graded' || regradeAfter !== null);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void load(), 2000);
    return () => clearInterval(timer);
  }, [waiting, load]);
  // A requested regrade is done when a newer revision than the one asked about is the current result.
  useEffect(() => {
    if (regradeAfter === null || report?.status !== 'graded' || revision <= regradeAfter) return;
    setRegradeAfter(null);
    setMessage(`Regraded: the report shows revision ${revision}.`);
  }, [regradeAfter, report, revision]);

  if (missing)
    return (
      <>
        <h1>Report not found</h1>
        <p>
          This attempt does not exist in this organization. <Link to="/app">Back to the dashboard</Link>
        </p>
      </>
    );
  if (!report) return <p role="status">Loading…</p>;

  const regrade = async () => {
    const { error, response } = await authedApi.POST('/api/v1/attempts/{id}/regrade', {
      params: { path: { id } },
    });
    setMessage(
      response.ok
        ? 'Regrade requested; the report updates when it is done.'
        : (problemMessages(asProblem(error, response)).general ?? 'Regrade failed.'),
    );
    if (response.ok) setRegradeAfter(revision);
    void load();
  };

  const fit = report.levelFit;
  return (
    <article className="report">
      <p className="eyebrow no-print">
        <Link to={`/app/assessments/${report.assessmentId}`}>{report.assessmentTitle}</Link> / report
      </p>
      <div className="page-head">
        <h1>{report.candidate.fullName}</h1>
        <div className="toolbar no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            Print / save as PDF
          </button>
          <button
            type="button"
            className="button"
            disabled={regradeAfter !== null}
            onClick={() => void regrade()}
          >
            {regradeAfter !== null ? 'Regrading…' : 'Regrade'}
          </button>
        </div>
      </div>
      <p className="meta">
        {report.candidate.email} · {report.assessmentTitle} · {STATUS_LABELS[report.status] ?? report.status}{' '}
        · started {when(report.startedAt)} · submitted {when(report.submittedAt)} · time{' '}
        {duration(report.timeSpentSeconds)}
        {report.accommodationsNote && (
          <strong className="accommodations"> · {report.accommodationsNote}</strong>
        )}
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <section className="score-summary card" aria-labelledby="score-heading">
        <h2 id="score-heading">Score</h2>
        <dl className="stats">
          <div>
            <dt>Score</dt>
            <dd className="score-value">
              {report.score ?? '—'} / {report.maxScore ?? '—'} ({pct(report.percentage)})
            </dd>
          </div>
          {report.scoreBand && (
            <div>
              <dt>Band</dt>
              <dd>
                {pct(report.scoreBand.low)}–{pct(report.scoreBand.high)}
              </dd>
            </div>
          )}
          <div>
            <dt>Result</dt>
            <dd className={report.passed ? 'pass' : 'fail'}>
              {report.passed === null ? 'pending' : report.passed ? 'Passed' : 'Not passed'}
            </dd>
          </div>
          <div>
            <dt>Percentile</dt>
            <dd>
              {report.percentile === null || report.percentile === undefined
                ? 'not enough candidates yet'
                : `${Math.round(report.percentile)}th`}
              {report.percentileNote && <span className="small"> ({report.percentileNote})</span>}
            </dd>
          </div>
          <div>
            <dt>Level fit</dt>
            <dd>{fit?.recommended ? LEVEL_NAMES[fit.recommended] : '—'}</dd>
          </div>
          {report.pendingReview > 0 && (
            <div>
              <dt>Awaiting review</dt>
              <dd>{report.pendingReview}</dd>
            </div>
          )}
        </dl>
      </section>
      <div className="report-grid">
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading">Skills</h2>
          <BarChart
            title="Score per skill"
            bars={report.skills.map((s) => ({
              label: skillLabel(skillNames, s.skill),
              value: s.percentage,
              note: `${s.score} of ${s.maxScore} points${s.itemCount ? `, ${s.itemCount} items` : ''}`,
            }))}
          />
          <ul className="small plain-list">
            {report.skills.map((s) => (
              <li key={s.skill}>
                {skillLabel(skillNames, s.skill)}: {s.score}/{s.maxScore} points
                {s.itemCount ? ` · ${s.itemCount} items` : ''}
              </li>
            ))}
          </ul>
        </section>
        {fit && (
          <section aria-labelledby="fit-heading">
            <h2 id="fit-heading">Level fit</h2>
            <BarChart
              title="Fit per level"
              threshold={70}
              bars={LEVELS.map((l) => ({
                label: LEVEL_NAMES[l],
                value: (fit.levels[l] ?? 0) <= 1 ? (fit.levels[l] ?? 0) * 100 : (fit.levels[l] ?? 0),
                note: fit.levels[l] === null ? 'no evidence' : undefined,
                highlight: fit.recommended === l,
              }))}
            />
            {!fit.recommended && <p>Not enough evidence in this attempt for a level recommendation.</p>}
            {fit.blocking && <BlockingSkills blocking={fit.blocking} skillNames={skillNames} />}
          </section>
        )}
      </div>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Answers</h2>
        <ol className="answers">
          {report.answers.map((a) => (
            <AnswerView
              key={a.questionId}
              attemptId={report.id}
              answer={a}
              skillNames={skillNames}
              onScored={() => void load()}
            />
          ))}
        </ol>
      </section>
      {report.history && report.history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Grading history</h2>
          <ol className="plain-list grading-history">
            {report.history.map((h) => (
              <li key={h.revision} data-revision={h.revision} data-reason={h.reason}>
                Revision {h.revision}: {REASON_LABELS[h.reason] ?? h.reason}, {h.score} / {h.maxScore} (
                {pct(h.percentage)}) · <time dateTime={h.createdAt}>{when(h.createdAt)}</time>
                {h.isCurrent && <strong> · current</strong>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Proctoring timeline</h2>
        {report.eventSummary && (
          <p>
            {report.eventSummary.total} events:{' '}
            {Object.entries(report.eventSummary.byType)
              .map(([t, n]) => `${t.replace(/_/g, ' ')} ${n}`)
              .join(', ') || 'none'}
          </p>
        )}
        {report.flags && report.flags.length > 0 && (
          <ul className="flags">
            {report.flags.map((f, i) => (
              <li key={i}>⚑ {typeof f === 'string' ? f : JSON.stringify(f)}</li>
            ))}
          </ul>
        )}
        <ol className="timeline small">
          {report.events
            .filter((e) => e.type !== 'viewed')
            .slice(0, 100)
            .map((e, i) => (
              <li key={i}>
                <time dateTime={e.at}>{when(e.at)}</time> — {e.type.replace(/_/g, ' ')}
              </li>
            ))}
        </ol>
      </section>
    </article>
  );
}

const REASON_LABELS: Record<string, string> = {
  initial: 'graded',
  manual_score: 'scored by hand',
  regrade: 'regraded',
};

/** The option ids of a choice response (`optionId` or `optionIds`), or undefined for any other response. */
function choiceIds(response: unknown): string[] | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const r = response as { optionId?: unknown; optionIds?: unknown };
  if (typeof r.optionId === 'string') return [r.optionId];
  if (Array.isArray(r.optionIds)) return r.optionIds.filter((id): id is string => typeof id === 'string');
  return undefined;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function AnswerView({
  attemptId,
  answer,
  skillNames,
  onScored,
}: {
  attemptId: string;
  answer: ReportAnswer;
  skillNames: SkillNames;
  onScored(): void;
}) {
  const tests = answer.details?.tests ?? [];
  const visible = tests.filter((t) => !t.hidden);
  const hidden = tests.filter((t) => t.hidden);
  const hiddenPassed =
    (answer.details?.hiddenTestsPassed as number | undefined) ?? hidden.filter(passed).length;
  const hiddenTotal = (answer.details?.hiddenTestsTotal as number | undefined) ?? hidden.length;
  const response = answer.response as
    { code?: string; language?: string; query?: string; text?: string } | string | null;
  const code = typeof response === 'object' && response ? (response.code ?? response.query) : undefined;
  // Short text and essays: the candidate's words as written (line breaks kept), not their JSON.
  const text = typeof response === 'object' && response ? response.text : undefined;
  // Choice questions: the options chosen, by their text.
  const chosenIds = choiceIds(answer.response);
  const chosen =
    answer.options && chosenIds ? answer.options.filter((o) => chosenIds.includes(o.id)) : undefined;
  return (
    <li className="card answer" data-type={answer.type}>
      <div className="draft-meta">
        <span className="chip">{skillLabel(skillNames, answer.skill)}</span>
        <span>{TYPE_LABELS[answer.type] ?? answer.type}</span>
        <span className={`verdict verdict-${answer.verdict ?? 'none'}`}>
          {(answer.verdict ?? 'not graded').replace(/_/g, ' ')}
        </span>
        <span>
          {answer.score ?? '—'} / {answer.maxScore} pts
        </span>
        {answer.timeSpentSeconds !== undefined && <span>{duration(answer.timeSpentSeconds)}</span>}
      </div>
      <div className="report-prompt">
        <Markdown text={answer.prompt} />
      </div>
      <h3 className="small-heading">Answer</h3>
      {chosen ? (
        chosen.length ? (
          <ul className="answer-choices">
            {chosen.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        ) : (
          <p>No option chosen</p>
        )
      ) : code !== undefined ? (
        <pre className="code-block" aria-label="Candidate's code">
          <code>{code}</code>
        </pre>
      ) : typeof text === 'string' ? (
        <p className="answer-text">{text}</p>
      ) : (
        <p>{show(answer.response)}</p>
      )}
      {tests.length > 0 && (
        <div className="tests table-wrap">
          <table className="data-table">
            <caption>Visible tests</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">Input</th>
                <th scope="col">Expected / got</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((t, i) => (
                <tr key={i}>
                  <td>{t.name ?? `Example ${i + 1}`}</td>
                  <td>
                    <code>{show(t.args)}</code>
                  </td>
                  <td>
                    {t.expected !== undefined ? (
                      <code>
                        {show(t.expected)} / {show(t.actual)}
                      </code>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className={passed(t) ? 'pass' : 'fail'}>
                    {passed(t) ? 'passed' : (t.status ?? 'failed').replace(/_/g, ' ')}
                    {t.message ? `: ${t.message}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hidden-tests">
            Hidden tests: {hiddenPassed} of {hiddenTotal} passed
          </p>
        </div>
      )}
      {(answer.verdict === 'pending_review' || answer.type === 'essay') && (
        <EssayScore attemptId={attemptId} answer={answer} onScored={onScored} />
      )}
    </li>
  );
}

function passed(t: CodeTest): boolean {
  return t.passed === true || t.status === 'passed';
}

function EssayScore({
  attemptId,
  answer,
  onScored,
}: {
  attemptId: string;
  answer: ReportAnswer;
  onScored(): void;
}) {
  const [score, setScore] = useState(String(answer.score ?? ''));
  const [comment, setComment] = useState(answer.review?.comment ?? '');
  const [error, setError] = useState<string | null>(null);
  const scoreId = useId();
  const commentId = useId();
  const save = async () => {
    const { error: err, response } = await authedApi.POST(
      '/api/v1/attempts/{id}/answers/{questionId}/score',
      {
        params: { path: { id: attemptId, questionId: answer.questionId } },
        body: { score: Number(score), ...(comment ? { comment } : {}) },
      },
    );
    if (!response.ok) {
      const p = problemMessages(asProblem(err, response));
      setError(p.general ?? Object.values(p.fields).join('; '));
      return;
    }
    setError(null);
    onScored();
  };
  return (
    <div className="essay-score no-print">
      <div className="field-inline">
        <label htmlFor={scoreId}>Score (0–{answer.maxScore})</label>
        <input
          id={scoreId}
          type="number"
          min={0}
          max={answer.maxScore}
          step="0.5"
          value={score}
          onChange={(e) => setScore(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={commentId}>Comment</label>
        <textarea id={commentId} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={() => void save()}>
        Save score
      </button>
    </div>
  );
}

const PROFICIENCY_NAMES = ['none', 'basic', 'working', 'advanced', 'expert'];

/** The skills below the next level's bar, with the proficiency measured and the one that level needs. */
function BlockingSkills({ blocking, skillNames }: { blocking: LevelBlockers; skillNames: SkillNames }) {
  const next = LEVEL_NAMES[blocking.level];
  if (!blocking.evidenced)
    return <p>This form asks too few questions at {next} level to say which skills block it.</p>;
  if (blocking.skills.length === 0) return <p>No required skill is below the {next} bar.</p>;
  return (
    <div className="blocking">
      <h3>Skills that block {next}</h3>
      <ul className="plain-list">
        {blocking.skills.map((s) => (
          <li key={s.skill}>
            <strong>{skillLabel(skillNames, s.skill)}</strong>:{' '}
            {PROFICIENCY_NAMES[s.proficiency] ?? s.proficiency} ({s.proficiency}
            /4), {next} needs {PROFICIENCY_NAMES[s.required] ?? s.required} ({s.required}/4)
          </li>
        ))}
      </ul>
    </div>
  );
}
