import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, isNetworkError } from '../api/client';
import { useTitle } from '../components/layout';

type Outcome =
  | { kind: 'loading' }
  | { kind: 'done'; status: string; dueAt: string | null; used: boolean }
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'failed'; offline: boolean };

const dateOf = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** `/erasure/confirm?token=…`: the candidate confirms the erasure request from the emailed link. */
export function ErasureConfirmPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'loading' });
  const asked = useRef(false);
  useTitle(outcome.kind === 'done' ? 'Erasure confirmed' : 'Confirm erasure');

  useEffect(() => {
    // Confirming is a one-time action: React's development double effect must not send it twice.
    if (asked.current) return;
    asked.current = true;
    void (async () => {
      try {
        const { data, response } = await api.POST('/api/v1/erasure-requests/confirm', { body: { token } });
        if (response.ok && data) {
          const body = data as { status: string; dueAt: string | null; alreadyConfirmed?: boolean };
          return setOutcome({
            kind: 'done',
            status: body.status,
            dueAt: body.dueAt,
            used: body.alreadyConfirmed === true,
          });
        }
        if (response.status === 410) return setOutcome({ kind: 'expired' });
        if (response.status === 404 || response.status === 400) return setOutcome({ kind: 'invalid' });
        setOutcome({ kind: 'failed', offline: false });
      } catch (e) {
        setOutcome({ kind: 'failed', offline: isNetworkError(e) });
      }
    })();
  }, [token]);

  switch (outcome.kind) {
    case 'loading':
      return <p role="status">Confirming your request…</p>;
    case 'invalid':
      return (
        <section className="notice-page">
          <h1>This confirmation link is not valid</h1>
          <p>
            The link does not match any erasure request. Check that you opened the whole link from the email,
            or ask again from your invitation link.
          </p>
        </section>
      );
    case 'expired':
      return (
        <section className="notice-page">
          <h1>This confirmation link has expired</h1>
          <p>
            Confirmation links work for 7 days. Ask again from your invitation link (“Erase my data”); we will
            send you a new confirmation email.
          </p>
        </section>
      );
    case 'failed':
      return (
        <section className="notice-page">
          <h1>Your request could not be confirmed</h1>
          <p>
            {outcome.offline
              ? 'You seem to be offline. Check your connection and reload this page.'
              : 'Something went wrong. Reload this page in a moment.'}
          </p>
        </section>
      );
    case 'done':
      return <ConfirmedView status={outcome.status} dueAt={outcome.dueAt} used={outcome.used} />;
  }
}

function ConfirmedView({ status, dueAt, used }: { status: string; dueAt: string | null; used: boolean }) {
  if (status === 'completed') {
    return (
      <section className="notice-page">
        <h1>Your data has been erased</h1>
        <p>This link was already used, and the erasure has been carried out. There is nothing more to do.</p>
      </section>
    );
  }
  return (
    <section className="notice-page">
      <h1>{used ? 'This link was already used' : 'Your erasure request is confirmed'}</h1>
      <p>
        {used
          ? 'Your erasure request was confirmed earlier and the organization that invited you was notified. There is nothing more to do.'
          : 'The organization that invited you has been notified.'}
      </p>
      {status === 'on_hold' ? (
        <p>
          The organization has recorded a legal hold: your data is kept while the hold lasts and erased once
          it is released.
        </p>
      ) : (
        dueAt && (
          <p>
            Your personal data will be erased on <strong>{dateOf(dueAt)}</strong>, unless the organization
            must keep it for a legal claim.
          </p>
        )
      )}
      <p>You can close this window.</p>
    </section>
  );
}
