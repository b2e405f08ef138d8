import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { authedApi } from '../account/session';
import type { CandidateRow, InvitationCreated } from './console-types';
import { LEVEL_NAMES, type Level } from './console-types';
import { pct, STATUS_LABELS, when } from './format';
import { CopyLink } from './invite-panel';

type SortKey =
  'fullName' | 'status' | 'percentage' | 'percentile' | 'recommendedLevel' | 'flags' | 'submittedAt';
const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'fullName', label: 'Candidate' },
  { key: 'status', label: 'Status' },
  { key: 'percentage', label: 'Score' },
  { key: 'percentile', label: 'Percentile' },
  { key: 'recommendedLevel', label: 'Level fit' },
  { key: 'flags', label: 'Flags' },
  { key: 'submittedAt', label: 'Submitted' },
];
const LEVEL_ORDER: Record<string, number> = { junior: 1, mid: 2, senior: 3, lead: 4 };
/** While someone is taking or being graded, the table refreshes itself (no reload needed). */
const POLL_MS = 2000;

function sortValue(row: CandidateRow, key: SortKey): string | number {
  switch (key) {
    case 'percentage':
      return row.percentage ?? -1;
    case 'percentile':
      return row.percentile ?? -1;
    case 'recommendedLevel':
      return LEVEL_ORDER[row.recommendedLevel ?? ''] ?? 0;
    case 'flags':
      return row.flags?.length ?? 0;
    default:
      return (row[key] ?? '') as string;
  }
}

/** The candidates of an open assessment: sortable, filterable, live, exportable, comparable. */
export function CandidatesTable({ assessmentId, refreshKey }: { assessmentId: string; refreshKey: number }) {
  const [rows, setRows] = useState<CandidateRow[] | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'submittedAt', desc: true });
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [links, setLinks] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const navigate = useNavigate();
  const ids = { status: useId(), text: useId() };

  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/assessments/{id}/candidates', {
      params: { path: { id: assessmentId }, query: { limit: 100 } },
    });
    if (data) setRows(((data as { items: CandidateRow[] }).items ?? []) as CandidateRow[]);
  }, [assessmentId]);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const live = rows?.some(
    (r) => r.status === 'in_progress' || r.status === 'submitted' || r.status === 'invited',
  );
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [live, load]);

  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const filtered = (rows ?? []).filter(
      (r) =>
        (!status || r.status === status) &&
        (!needle || r.fullName.toLowerCase().includes(needle) || r.email.toLowerCase().includes(needle)),
    );
    const dir = sort.desc ? -1 : 1;
    return [...filtered].sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      return (x < y ? -1 : x > y ? 1 : 0) * dir;
    });
  }, [rows, status, text, sort]);

  const exportCsv = async () => {
    const { data, response } = await authedApi.GET('/api/v1/assessments/{id}/candidates.csv', {
      params: { path: { id: assessmentId } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      setMessage('The export failed.');
      return;
    }
    const url = URL.createObjectURL(data);
    const a = document.createElement('a');
    a.href = url;
    a.download = `candidates-${assessmentId}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage('CSV downloaded.');
  };

  const act = async (row: CandidateRow, action: 'resend' | 'revoke') => {
    const path =
      action === 'resend'
        ? ('/api/v1/assessments/{id}/invitations/{invitationId}/resend' as const)
        : ('/api/v1/assessments/{id}/invitations/{invitationId}/revoke' as const);
    const { data, response } = await authedApi.POST(path, {
      params: { path: { id: assessmentId, invitationId: row.invitationId } },
    });
    if (!response.ok) {
      setMessage(`Could not ${action} the invitation for ${row.email}.`);
      return;
    }
    const url = (data as Partial<InvitationCreated> | undefined)?.url;
    if (url) setLinks({ ...links, [row.invitationId]: url });
    setMessage(
      action === 'resend' ? `Invitation sent again to ${row.email}.` : `Invitation for ${row.email} revoked.`,
    );
    void load();
  };

  const comparable = [...selected].filter((id) =>
    rows?.some((r) => r.attemptId === id && r.status === 'graded'),
  );

  if (rows === null) return <p role="status">Loading candidates…</p>;
  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">Candidates ({rows.length})</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor={ids.text}>Search candidates</label>
          <input id={ids.text} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All</option>
            {['invited', 'in_progress', 'submitted', 'graded', 'expired', 'revoked'].map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void exportCsv()}>
            Export CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={comparable.length < 2}
            onClick={() =>
              navigate(`/app/assessments/${assessmentId}/compare?attempts=${comparable.join(',')}`)
            }
          >
            Compare selected ({comparable.length})
          </button>
        </div>
      </div>
      <p role="status" aria-live="polite" className="hint">
        {message}
      </p>
      <div className="table-wrap">
        <table className="data-table candidates">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Select to compare</span>
              </th>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="link-button sort-button"
                    onClick={() =>
                      setSort({ key: c.key, desc: sort.key === c.key ? !sort.desc : c.key !== 'fullName' })
                    }
                  >
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Invitation</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.invitationId} data-email={r.email} data-status={r.status}>
                <td>
                  {r.attemptId && r.status === 'graded' && (
                    <input
                      type="checkbox"
                      aria-label={`Compare ${r.fullName}`}
                      checked={selected.has(r.attemptId)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(r.attemptId!);
                        else next.delete(r.attemptId!);
                        setSelected(next);
                      }}
                    />
                  )}
                </td>
                <td>
                  {r.attemptId ? <Link to={`/app/attempts/${r.attemptId}`}>{r.fullName}</Link> : r.fullName}
                  <div className="small">{r.email}</div>
                </td>
                <td>
                  <span className={`status status-${r.status}`}>{STATUS_LABELS[r.status] ?? r.status}</span>
                </td>
                <td>
                  {pct(r.percentage)}
                  {r.passed !== null && <div className="small">{r.passed ? 'passed' : 'not passed'}</div>}
                </td>
                <td>
                  {r.percentile === undefined || r.percentile === null
                    ? '—'
                    : `${Math.round(r.percentile)}th`}
                </td>
                <td>
                  {r.recommendedLevel
                    ? (LEVEL_NAMES[r.recommendedLevel as Level] ?? r.recommendedLevel)
                    : '—'}
                </td>
                <td>{r.flags?.length ? r.flags.length : '—'}</td>
                <td>{when(r.submittedAt)}</td>
                <td>
                  {(r.status === 'invited' || r.status === 'expired') && (
                    <>
                      <div className="small">expires {when(r.expiresAt)}</div>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void act(r, 'resend')}
                        aria-label={`Resend to ${r.email}`}
                      >
                        Resend
                      </button>{' '}
                      {r.status === 'invited' && (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void act(r, 'revoke')}
                          aria-label={`Revoke ${r.email}`}
                        >
                          Revoke
                        </button>
                      )}
                    </>
                  )}
                  {links[r.invitationId] && (
                    <CopyLink url={links[r.invitationId]} label={`Copy link for ${r.email}`} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
