import { useEffect, useRef, useState } from 'react';

export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h ? 2 : 1, '0');
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/**
 * Time left by the server's deadline (corrected for this device's clock skew). Warns at 5 and 1 minutes
 * (announced to screen readers) and calls onExpire once at zero.
 */
export function Countdown(props: { deadlineAt: string; skewMs: number; onExpire: () => void }) {
  const deadline = new Date(props.deadlineAt).getTime();
  const remaining = () => deadline - (Date.now() + props.skewMs);
  const [left, setLeft] = useState(remaining);
  const [warning, setWarning] = useState('');
  const warned = useRef({ five: false, one: false, expired: false });
  const onExpire = useRef(props.onExpire);
  onExpire.current = props.onExpire;

  useEffect(() => {
    const tick = () => {
      const ms = remaining();
      setLeft(ms);
      if (ms <= 60_000 && !warned.current.one) {
        warned.current.one = warned.current.five = true;
        setWarning('1 minute left. Your answers are submitted automatically when time is up.');
      } else if (ms <= 5 * 60_000 && !warned.current.five) {
        warned.current.five = true;
        setWarning('5 minutes left.');
      }
      if (ms <= 0 && !warned.current.expired) {
        warned.current.expired = true;
        onExpire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, props.skewMs]);

  const urgent = left <= 5 * 60_000;
  return (
    <div className="countdown-wrap">
      <p className={`countdown${urgent ? ' countdown-urgent' : ''}`}>
        <span className="visually-hidden">Time left: </span>
        <span aria-hidden="true">⏱ </span>
        <time>{formatRemaining(left)}</time>
      </p>
      <p className="visually-hidden" role="alert">
        {warning}
      </p>
      {warning && (
        <p className="banner banner-warning" aria-hidden="true">
          {warning}
        </p>
      )}
    </div>
  );
}
