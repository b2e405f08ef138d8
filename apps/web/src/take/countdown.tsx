import { useEffect, useRef, useState } from 'react';
import { formatRemaining } from './answer-state';

/**
 * Time left by the server's deadline (corrected for this device's clock skew). Warns at 5 and 1 minutes
 * (announced to screen readers) and calls onExpire once at zero.
 */
export function Countdown(props: {
  deadlineAt: string;
  skewMs: number;
  onExpire: () => void;
  /** Called with the 5- and 1-minute warnings (shown and announced by the page). */
  onWarning: (text: string) => void;
  /** Untimed attempts show no countdown (their far deadline still submits them in the end). */
  untimed?: boolean;
}) {
  const deadline = new Date(props.deadlineAt).getTime();
  const remaining = () => deadline - (Date.now() + props.skewMs);
  const [left, setLeft] = useState(remaining);
  const warned = useRef({ five: false, one: false, expired: false });
  const handlers = useRef({ onExpire: props.onExpire, onWarning: props.onWarning });
  handlers.current = { onExpire: props.onExpire, onWarning: props.onWarning };

  useEffect(() => {
    const tick = () => {
      const ms = remaining();
      setLeft(ms);
      if (ms <= 60_000 && !warned.current.one) {
        warned.current.one = warned.current.five = true;
        handlers.current.onWarning(
          '1 minute left. Your answers are submitted automatically when time is up.',
        );
      } else if (ms <= 5 * 60_000 && !warned.current.five) {
        warned.current.five = true;
        handlers.current.onWarning('5 minutes left.');
      }
      if (ms <= 0 && !warned.current.expired) {
        warned.current.expired = true;
        handlers.current.onExpire();
      }
    };
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline, props.skewMs]);

  if (props.untimed) return <p className="countdown">Untimed</p>;
  return (
    <p className={`countdown${left <= 5 * 60_000 ? ' countdown-urgent' : ''}`}>
      <span className="visually-hidden">Time left: </span>
      <time>{formatRemaining(left)}</time>
    </p>
  );
}
