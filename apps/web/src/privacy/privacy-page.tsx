import './privacy.css';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Schemas } from '../api/client';
import { ErrorBanner, Field } from '../account/forms';
import { authedApi, useSession } from '../account/session';
import { useTitle } from '../components/layout';
import { when } from '../console/format';
import { AuditLogSection } from './audit-log-section';
import { download, failureText } from './privacy-helpers';

/** `/app/privacy`: candidates' data rights, retention, the audit log and deleting the organization. */
export function PrivacyPage() {
  useTitle('Privacy and audit log');
  const { session } = useSession();
  const canManage = session?.role === 'owner' || session?.role === 'admin';
  return (
    <>
      <h1>Privacy and audit log</h1>
      {!canManage ? (
        <p>Only owners and admins see the audit log and manage candidates’ data.</p>
      ) : (
        <>
          <ErasureRequestsSection />
          <CandidateDataSection />
          <RetentionSection />
          <AuditLogSection />
          {session?.role === 'owner' && <DeletionSection />}
        </>
      )}
    </>
  );
}

interface ErasureRequest {
  id: string;
  email: string;
  requestedAt: string;
  confirmedAt: string | null;
  dueAt: string | null;
  legalHold: { at: string; reason: string | null } | null;
  completedAt: string | null;
  status: 'awaiting_confirmation' | 'scheduled' | 'on_hold' | 'completed';
}

const REQUEST_STATUS: Record<ErasureRequest['status'], string> = {
  awaiting_confirmation: 'Awaiting the candidate’s confirmation',
  scheduled: 'Scheduled',
  on_hold: 'Legal hold',
  completed: 'Erased',
};

function ErasureRequestsSection() {
  const [items, setItems] = useState<ErasureRequest[] | null>(null);
  const [holding, setHolding] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();

  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/candidates/erasure-requests');
    setItems(((data as { items?: ErasureRequest[] } | undefined)?.items ?? []) as ErasureRequest[]);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const hold = async (e: FormEvent, request: ErasureRequest) => {
    e.preventDefault();
    setError(null);
    const { error: err, response } = await authedApi.PUT(
      '/api/v1/candidates/erasure-requests/{id}/legal-hold',
      {
        params: { path: { id: request.id } },
        body: { reason },
      },
    );
    if (!response.ok) return setError(failureText(err, response));
    setHolding(null);
    setReason('');
    setMessage(`Legal hold recorded for ${request.email}.`);
    void load();
  };

  const lift = async (request: ErasureRequest) => {
    setError(null);
    const { error: err, response } = await authedApi.DELETE(
      '/api/v1/candidates/erasure-requests/{id}/legal-hold',
      { params: { path: { id: request.id } } },
    );
    if (!response.ok) return setError(failureText(err, response));
    setMessage(`Legal hold lifted for ${request.email}; the erasure runs when due.`);
    void load();
  };

  return (
    <section aria-labelledby="erasure-requests-heading" className="card" id="erasure-requests">
      <h2 id="erasure-requests-heading">Erasure requests</h2>
      <p className="hint">
        Candidates ask from their invitation link and confirm by email. Each confirmed request is carried out
        30 days later unless you record a legal hold.
      </p>
      {items === null ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <p>No candidate has asked for erasure.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Requested</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
                <th scope="col">Legal hold</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-request={r.id}>
                  <td>{r.email}</td>
                  <td>{when(r.requestedAt)}</td>
                  <td>
                    <span className={`status${r.status === 'on_hold' ? ' status-hold' : ''}`}>
                      {REQUEST_STATUS[r.status]}
                    </span>
                  </td>
                  <td>{r.dueAt ? when(r.dueAt) : '—'}</td>
                  <td>
                    {r.status === 'completed' ? (
                      '—'
                    ) : r.legalHold ? (
                      <>
                        {r.legalHold.reason}{' '}
                        <button
                          type="button"
                          className="link-button"
                          aria-label={`Lift the legal hold for ${r.email}`}
                          onClick={() => void lift(r)}
                        >
                          Lift
                        </button>
                      </>
                    ) : holding === r.id ? (
                      <form className="inline-form" onSubmit={(e) => void hold(e, r)}>
                        <div className="field">
                          <label htmlFor={reasonId}>Reason for the legal hold</label>
                          <input
                            id={reasonId}
                            type="text"
                            required
                            maxLength={500}
                            value={reason}
                            onChange={(e) => setReason(e.target.value)}
                          />
                        </div>
                        <button type="submit" className="button">
                          Record hold
                        </button>
                      </form>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Record legal hold for ${r.email}`}
                        onClick={() => {
                          setHolding(r.id);
                          setReason('');
                          setTimeout(() => document.getElementById(reasonId)?.focus(), 0);
                        }}
                      >
                        Record legal hold
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorBanner message={error} />
      <p role="status">{message}</p>
    </section>
  );
}

function CandidateDataSection() {
  const [email, setEmail] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = email.trim();
  const looksLikeEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed);

  const exportData = async () => {
    setError(null);
    setMessage(null);
    const {
      data,
      error: err,
      response,
    } = await authedApi.GET('/api/v1/candidates/export', {
      params: { query: { email: trimmed } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      // The error body came as a Blob: read it for the problem's message.
      const text = data ? await (data as Blob).text() : '';
      let body: unknown = err;
      try {
        body = JSON.parse(text || 'null') ?? err;
      } catch {
        /* not JSON: the status says enough */
      }
      return setError(failureText(body, response));
    }
    download(data as Blob, `candidate-data-${trimmed}.json`);
    setMessage(`The data held about ${trimmed} was downloaded as JSON.`);
  };

  const erase = async (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim().toLowerCase() !== trimmed.toLowerCase()) {
      return setError('Type the candidate’s email address exactly to confirm.');
    }
    setBusy(true);
    setError(null);
    const {
      data,
      error: err,
      response,
    } = await authedApi.DELETE('/api/v1/candidates', {
      params: { query: { email: trimmed } },
    });
    setBusy(false);
    if (!response.ok) return setError(failureText(err, response));
    const outcome = data as { invitations?: number; attempts?: number };
    setConfirming(false);
    setTyped('');
    setMessage(
      `${trimmed} was erased: ${outcome.invitations ?? 0} invitation(s) and ${outcome.attempts ?? 0} attempt(s) ` +
        'no longer carry personal data; their scores stay, anonymous.',
    );
    setEmail('');
  };

  return (
    <section aria-labelledby="candidate-data-heading" className="card">
      <h2 id="candidate-data-heading">A candidate’s data</h2>
      <p className="hint">
        Export everything held about a candidate (their right of access), or erase it across the organization.
      </p>
      <Field
        label="Candidate’s email address"
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => {
          setEmail(e.target.value);
          setConfirming(false);
        }}
      />
      <div className="toolbar">
        <button type="button" className="button" disabled={!looksLikeEmail} onClick={() => void exportData()}>
          Export data (JSON)
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={!looksLikeEmail}
          onClick={() => {
            setConfirming(true);
            setTyped('');
            setError(null);
          }}
        >
          Erase…
        </button>
      </div>
      {confirming && (
        <form className="card danger-zone" onSubmit={(e) => void erase(e)} aria-label="Confirm the erasure">
          <p>
            This erases the name, email address, answers’ text and code and the proctoring signals of{' '}
            <strong>{trimmed}</strong> in every assessment of this organization. Scores stay, anonymous. It
            cannot be undone.
          </p>
          <Field
            label="Type the email address again to confirm"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <div className="toolbar">
            <button
              type="submit"
              className="button button-danger"
              disabled={busy || typed.trim().toLowerCase() !== trimmed.toLowerCase()}
            >
              Erase this candidate’s data
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ErrorBanner message={error} />
      <p role="status">{message}</p>
    </section>
  );
}

type Organization = Schemas['OrganizationDetailDto'];

function useOrganization() {
  const [organization, setOrganization] = useState<Organization | null>(null);
  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/organization');
    setOrganization(data ?? null);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { organization, setOrganization, load };
}

function RetentionSection() {
  const { organization, setOrganization } = useOrganization();
  const [months, setMonths] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (organization) setMonths(String(organization.candidateRetentionMonths));
  }, [organization]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const value = Number(months);
    if (!/^\d+$/.test(months.trim()) || value < 1 || value > 120) {
      return setError('Enter a whole number of months from 1 to 120.');
    }
    setError(undefined);
    const {
      data,
      error: err,
      response,
    } = await authedApi.PATCH('/api/v1/organization', {
      body: { candidateRetentionMonths: value },
    });
    if (!response.ok || !data) return setError(failureText(err, response));
    setOrganization(data);
    setMessage(`Saved: candidates’ personal data is erased ${value} months after their last activity.`);
  };

  return (
    <section aria-labelledby="retention-heading" className="card">
      <h2 id="retention-heading">Retention</h2>
      <form className="inline-form" onSubmit={(e) => void save(e)} noValidate>
        <Field
          label="Keep candidates’ personal data for (months)"
          hint="From 1 to 120. After this long without activity, a scheduled job erases it; scores stay, anonymous."
          inputMode="numeric"
          value={months}
          error={error}
          onChange={(e) => setMonths(e.target.value)}
        />
        <button type="submit" className="button" disabled={!organization}>
          Save retention
        </button>
      </form>
      <p role="status">{message}</p>
    </section>
  );
}

function DeletionSection() {
  const { organization, load } = useOrganization();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (!organization) return null;
  const request = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const { error: err, response } = await authedApi.POST('/api/v1/organization/deletion', {
      body: { confirm: typed.trim() },
    });
    if (!response.ok) return setError(failureText(err, response));
    setTyped('');
    setMessage('Deletion scheduled.');
    void load();
  };
  const cancel = async () => {
    setError(null);
    const { error: err, response } = await authedApi.DELETE('/api/v1/organization/deletion');
    if (!response.ok) return setError(failureText(err, response));
    setMessage('Deletion cancelled. Nothing will be erased.');
    void load();
  };

  return (
    <section aria-labelledby="deletion-heading" className="card danger-zone">
      <h2 id="deletion-heading">Delete the organization</h2>
      {organization.deletionDueAt ? (
        <>
          <p className="banner banner-warning">
            {organization.name} and everything it holds will be erased on{' '}
            {when(String(organization.deletionDueAt))}.
          </p>
          <button type="button" className="button" onClick={() => void cancel()}>
            Cancel the deletion
          </button>
        </>
      ) : (
        <form onSubmit={(e) => void request(e)}>
          <p>
            Everything {organization.name} holds — assessments, candidates, results, members, API keys and
            webhooks — is erased after a 14-day grace period. Until then you can cancel here.
          </p>
          <Field
            label={`Type the organization’s slug, ${organization.slug}, to confirm`}
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button
            type="submit"
            className="button button-danger"
            disabled={typed.trim() !== organization.slug}
          >
            Delete the organization
          </button>
        </form>
      )}
      <ErrorBanner message={error} />
      <p role="status">{message}</p>
    </section>
  );
}
