import '../privacy/privacy.css';
import { useId, useRef, useState } from 'react';
import { api, asProblem, isNetworkError } from '../api/client';

/** The waiting period the API applies before a confirmed request is carried out (ERASURE_WAITING_DAYS). */
const WAITING_DAYS = 30;

type State = 'closed' | 'explaining' | 'sending' | 'sent' | 'failed';

/**
 * "Erase my data" on the intro page: explains the steps, asks to confirm, then asks the API to email a
 * confirmation link to the invitation's address (a forwarded link alone cannot erase anyone).
 */
export function ErasureRequestPanel({
  token,
  organizationName,
}: {
  token: string;
  organizationName: string;
}) {
  const [state, setState] = useState<State>('closed');
  const [error, setError] = useState('');
  const headingId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const send = async () => {
    setState('sending');
    try {
      const { error: err, response } = await api.POST('/api/v1/take/{token}/erasure-request', {
        params: { path: { token } },
      });
      if (response.ok) return setState('sent');
      setError(asProblem(err, response).detail ?? 'The request could not be sent. Try again in a moment.');
    } catch (e) {
      setError(
        isNetworkError(e)
          ? 'You seem to be offline. Check your connection and try again.'
          : 'The request could not be sent. Try again in a moment.',
      );
    }
    setState('failed');
  };

  if (state === 'closed') {
    return (
      <p>
        <button
          ref={opener}
          type="button"
          className="link-button"
          aria-expanded="false"
          onClick={() => {
            setState('explaining');
            // Focus the explanation so keyboard and screen-reader users land on it.
            setTimeout(() => panel.current?.focus(), 0);
          }}
        >
          Erase my data
        </button>
      </p>
    );
  }

  return (
    <div className="card erasure-panel" ref={panel} tabIndex={-1} aria-labelledby={headingId} role="region">
      <h3 id={headingId}>Erase my data</h3>
      {state === 'sent' ? (
        <p role="status">
          We sent a confirmation email to the address this invitation was sent to. Open the link in it to
          confirm; nothing is erased until you do.
        </p>
      ) : (
        <>
          <ol className="bullets">
            <li>We email a confirmation link to the address this invitation was sent to.</li>
            <li>When you confirm, {organizationName} is notified of your request.</li>
            <li>
              Your name, email address, answers and recorded signals are erased {WAITING_DAYS} days later,
              unless {organizationName} must keep them for a legal claim (a legal hold).
            </li>
            <li>Once erased, this invitation no longer works and you cannot take the assessment.</li>
          </ol>
          {state === 'failed' && (
            <p className="banner banner-warning" role="alert">
              {error}
            </p>
          )}
          <div className="toolbar">
            <button
              type="button"
              className="button button-primary"
              disabled={state === 'sending'}
              onClick={() => void send()}
            >
              {state === 'sending' ? 'Sending…' : 'Send me the confirmation email'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setState('closed');
                setTimeout(() => opener.current?.focus(), 0);
              }}
            >
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
