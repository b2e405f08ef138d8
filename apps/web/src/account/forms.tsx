import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import type { Problem } from '../api/client';

/** A labelled input with its error (announced, and tied to the input by aria-describedby). */
export function Field({
  label,
  error,
  hint,
  ...input
}: { label: string; error?: string; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      )}
      <input
        type="text"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Field errors by field name, and a message for the rest of a problem. */
export function problemMessages(problem: Problem | null): {
  fields: Record<string, string>;
  general: string | null;
} {
  if (!problem) return { fields: {}, general: null };
  const fields: Record<string, string> = {};
  for (const e of problem.errors ?? []) fields[e.field] ??= e.message;
  const general = problem.errors?.length
    ? null
    : problem.status === 429
      ? 'Too many attempts. Wait a moment and try again.'
      : (problem.detail ?? problem.title ?? `The request failed (${problem.status}).`);
  return { fields, general };
}

export function ErrorBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="banner banner-warning" role="alert">
      {message}
    </div>
  );
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** The password policy as the API applies it, checked as the person types (the common-password list stays on the server). */
export function passwordChecks(password: string): { label: string; ok: boolean }[] {
  const length = [...password].length;
  return [
    { label: `At least ${PASSWORD_MIN} characters (${length} so far)`, ok: length >= PASSWORD_MIN },
    { label: `At most ${PASSWORD_MAX} characters`, ok: length <= PASSWORD_MAX },
    { label: 'Not one character repeated', ok: password.length > 0 && !/^(.)\1+$/u.test(password) },
    { label: 'Not a common password (checked when you submit)', ok: true },
  ];
}

export function PasswordPolicy({ password, id }: { password: string; id: string }) {
  return (
    <ul id={id} className="policy" aria-live="polite">
      {passwordChecks(password).map((c) => (
        <li key={c.label} className={c.ok ? 'policy-ok' : 'policy-todo'}>
          <span aria-hidden="true">{c.ok ? '✓' : '•'}</span> {c.label}
          <span className="visually-hidden">{c.ok ? ' (met)' : ' (not met yet)'}</span>
        </li>
      ))}
    </ul>
  );
}
