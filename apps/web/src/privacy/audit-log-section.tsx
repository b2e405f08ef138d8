import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Schemas } from '../api/client';
import { ErrorBanner } from '../account/forms';
import { authedApi } from '../account/session';
import { when } from '../console/format';
import { download, failureText } from './privacy-helpers';

/** The actions the API records (libs/audit callers), for the filter. */
const ACTIONS = [
  'assessment.published',
  'assessment.closed',
  'assessment.archived',
  'invitation.sent',
  'invitation.resent',
  'invitation.revoked',
  'invitation.accommodations_changed',
  'result.score_overridden',
  'attempt.regrade_requested',
  'member.invited',
  'member.role_changed',
  'member.removed',
  'member.left',
  'api_key.created',
  'api_key.revoked',
  'webhook.created',
  'webhook.deleted',
  'webhook.enabled',
  'webhook.test',
  'organization.updated',
  'organization.deletion_requested',
  'organization.deletion_cancelled',
  'candidate.erased',
  'candidate.exported',
  'candidate.erasure_requested',
  'candidate.erasure_confirmed',
  'candidate.legal_hold_recorded',
  'candidate.legal_hold_released',
];

interface AuditEntry {
  id: string;
  at: string;
  actor: { type: string; id: string | null; email?: string };
  action: string;
  target: { type: string; id: string };
  ip: string | null;
}

interface Filters {
  action: string;
  actor: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { action: '', actor: '', from: '', to: '' };

/** The query for the API: dates are whole days in UTC, "to" inclusive (the API's `to` is exclusive). */
function queryOf(f: Filters) {
  const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.from ? { from: `${f.from}T00:00:00Z` } : {}),
    ...(f.to ? { to: nextDay(f.to) } : {}),
  };
}

function actorText(e: AuditEntry): string {
  if (e.actor.email) return e.actor.email;
  if (e.actor.type === 'api_key') return `API key ${e.actor.id ?? ''}`.trim();
  if (e.actor.type === 'candidate') return 'A candidate';
  if (e.actor.type === 'system') return 'Assay (scheduled job)';
  return e.actor.id ?? '—';
}

export function AuditLogSection() {
  const [members, setMembers] = useState<Schemas['MemberDto'][]>([]);
  const [draft, setDraft] = useState<Filters>(NO_FILTERS);
  const [applied, setApplied] = useState<Filters>(NO_FILTERS);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ids = { action: useId(), actor: useId(), from: useId(), to: useId() };

  useEffect(() => {
    void authedApi.GET('/api/v1/organization/members').then(({ data }) => setMembers(data?.items ?? []));
  }, []);

  const fetchPage = useCallback(async (filters: Filters, after: string | null) => {
    setError(null);
    const {
      data,
      error: err,
      response,
    } = await authedApi.GET('/api/v1/organization/audit-log', {
      params: { query: { ...queryOf(filters), limit: 20, ...(after ? { cursor: after } : {}) } },
    });
    if (!response.ok) {
      setError(failureText(err, response));
      return null;
    }
    return data as unknown as { items: AuditEntry[]; nextCursor: string | null };
  }, []);

  useEffect(() => {
    void fetchPage(applied, null).then((page) => {
      setItems(page?.items ?? []);
      setCursor(page?.nextCursor ?? null);
    });
  }, [applied, fetchPage]);

  const more = async () => {
    const page = await fetchPage(applied, cursor);
    if (!page) return;
    setItems((old) => [...(old ?? []), ...page.items]);
    setCursor(page.nextCursor);
    setMessage(`${page.items.length} more entries loaded.`);
  };

  const exportCsv = async () => {
    setMessage(null);
    const { data, response } = await authedApi.GET('/api/v1/organization/audit-log.csv', {
      params: { query: queryOf(applied) },
      parseAs: 'blob',
    });
    if (!response.ok || !data) return setError('The export failed.');
    download(data as Blob, 'audit-log.csv');
    setMessage('Audit log downloaded as CSV.');
  };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      return setError('The “from” date must not be after the “to” date.');
    }
    setMessage(null);
    setApplied({ ...draft });
  };

  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  return (
    <section aria-labelledby="audit-heading" className="card">
      <div className="page-head">
        <h2 id="audit-heading">Audit log</h2>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export CSV
        </button>
      </div>
      <form className="privacy-filters" onSubmit={apply} aria-label="Audit log filters">
        <div className="field">
          <label htmlFor={ids.action}>Action</label>
          <select id={ids.action} value={draft.action} onChange={set('action')}>
            <option value="">Any action</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.actor}>Actor</label>
          <select id={ids.actor} value={draft.actor} onChange={set('actor')}>
            <option value="">Anyone</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.email}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.from}>From (UTC)</label>
          <input id={ids.from} type="date" value={draft.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={ids.to}>To (UTC, inclusive)</label>
          <input id={ids.to} type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="field">
          <button type="submit" className="button">
            Apply filters
          </button>
        </div>
      </form>
      <ErrorBanner message={error} />
      {items === null ? (
        <p role="status">Loading…</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table audit-table">
            <caption>
              {items.length} {items.length === 1 ? 'entry' : 'entries'} shown
              {cursor ? ', more available' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">From (IP)</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td>{when(e.at)}</td>
                  <td>{actorText(e)}</td>
                  <td>{e.action}</td>
                  <td>
                    {e.target.type} <span className="small">{e.target.id}</span>
                  </td>
                  <td>{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" className="button" onClick={() => void more()}>
          Load more
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
