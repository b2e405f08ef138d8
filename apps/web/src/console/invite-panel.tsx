import { useId, useState } from 'react';
import { asProblem } from '../api/client';
import { ErrorBanner, problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import '../privacy/privacy.css';
import { AccommodationFields } from '../privacy/accommodation-fields';
import { accommodationsOf, NO_ACCOMMODATIONS } from '../privacy/accommodation-input';
import { parseCandidates } from './candidate-csv';
import type { InvitationCreated } from './console-types';
import { when } from './format';

/** Paste emails or upload a CSV (name,email); every row is checked before anything is sent. */
export function InvitePanel({ assessmentId, onInvited }: { assessmentId: string; onInvited(): void }) {
  const [text, setText] = useState('');
  const [sent, setSent] = useState<InvitationCreated[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [accommodations, setAccommodations] = useState(NO_ACCOMMODATIONS);
  const extra = accommodationsOf(accommodations);
  const textId = useId();
  const fileId = useId();
  const rows = parseCandidates(text);
  const bad = rows.filter((r) => r.error);

  const send = async () => {
    setBusy(true);
    setError(null);
    const good = rows.filter((r) => !r.error);
    const {
      data,
      error: err,
      response,
    } = await authedApi.POST('/api/v1/assessments/{id}/invitations', {
      params: { path: { id: assessmentId } },
      body: {
        candidates: good.map((r) => ({ email: r.email, fullName: r.fullName, accommodations: extra.body })),
      },
    });
    setBusy(false);
    if (!response.ok) {
      const p = problemMessages(asProblem(err, response));
      setError(
        p.general ??
          Object.entries(p.fields)
            .map(([f, m]) => `${f}: ${m}`)
            .join('; '),
      );
      return;
    }
    setSent((data as { items: InvitationCreated[] }).items);
    setText('');
    setAccommodations(NO_ACCOMMODATIONS);
    onInvited();
  };

  return (
    <section aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading">Invite candidates</h2>
      <div className="field">
        <label htmlFor={textId}>Paste emails, or lines of “name, email”</label>
        <textarea
          id={textId}
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={'Ada Lovelace, ada@example.com\ngrace@example.com'}
        />
      </div>
      <div className="field">
        <label htmlFor={fileId}>Or upload a CSV file (name,email)</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(setText);
          }}
        />
      </div>
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>
              {rows.length - bad.length} ready to invite
              {bad.length ? `, ${bad.length} with problems (not sent)` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Check</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line} className={r.error ? 'row-bad' : undefined}>
                  <td>{r.line}</td>
                  <td>{r.fullName}</td>
                  <td>{r.email}</td>
                  <td>{r.error ? `✗ ${r.error}` : '✓ ok'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AccommodationFields value={accommodations} onChange={setAccommodations} />
      <ErrorBanner message={error} />
      <button
        type="button"
        className="button button-primary"
        disabled={busy || rows.length === bad.length || Object.keys(extra.errors).length > 0}
        onClick={() => void send()}
      >
        {busy
          ? 'Sending…'
          : `Send ${rows.length - bad.length} invitation${rows.length - bad.length === 1 ? '' : 's'}`}
      </button>
      {sent.length > 0 && (
        <div role="status">
          <h3>Sent</h3>
          <ul className="plain-list">
            {sent.map((s) => (
              <li key={s.id}>
                {s.fullName} &lt;{s.email}&gt; — expires {when(s.expiresAt)}{' '}
                <CopyLink url={s.url} label={`Copy link for ${s.email}`} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function CopyLink({ url, label }: { url: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className="link-button"
        aria-label={label}
        data-url={url}
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => window.prompt('Copy the candidate link', url),
          );
        }}
      >
        Copy link
      </button>
      {copied && <span role="status"> copied</span>}
    </>
  );
}
