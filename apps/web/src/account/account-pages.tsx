import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, asProblem, type Problem } from '../api/client';
import { useTitle } from '../components/layout';
import { ErrorBanner, Field, PasswordPolicy, problemMessages } from './forms';
import { authedApi, cookieSession, useSession } from './session';

function usePending() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async (fn: () => Promise<Problem | null>) => {
    setPending(true);
    setProblem(null);
    try {
      setProblem(await fn());
    } catch {
      setProblem({
        status: 0,
        detail: 'The server could not be reached. Check your connection and try again.',
      });
    } finally {
      setPending(false);
    }
  };
  return { pending, problem, run, ...problemMessages(problem) };
}

/** `/signup`: a new organization and its owner; the password policy is shown as it is typed. */
export function SignupPage() {
  useTitle('Create your organization');
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ organizationName: '', fullName: '', email: '', password: '' });
  const { pending, run, fields, general } = usePending();
  const policyId = useId();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { data, error, response } = await api.POST('/api/v1/signup', { body: form, ...cookieSession });
      if (!data) return asProblem(error, response);
      await signedIn(data.tokens);
      const role = params.get('role');
      navigate(role ? `/app/assessments/new?role=${encodeURIComponent(role)}` : '/app');
      return null;
    });
  };
  return (
    <section className="narrow">
      <h1>Create your organization</h1>
      <p>
        Assess candidates against real engineering roles. We will email you a link to verify your address.
      </p>
      <ErrorBanner message={general} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Organization name"
          value={form.organizationName}
          onChange={set('organizationName')}
          autoComplete="organization"
          required
          error={fields.organizationName}
        />
        <Field
          label="Full name"
          value={form.fullName}
          onChange={set('fullName')}
          autoComplete="name"
          required
          error={fields.fullName}
        />
        <Field
          label="Work email"
          type="email"
          value={form.email}
          onChange={set('email')}
          autoComplete="email"
          required
          error={fields.email}
        />
        <Field
          label="Password"
          type="password"
          value={form.password}
          onChange={set('password')}
          autoComplete="new-password"
          required
          error={fields.password}
          hint={<PasswordPolicy password={form.password} id={policyId} />}
        />
        <button className="button button-primary" type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create organization'}
        </button>
      </form>
      <p>
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </section>
  );
}

/** `/login`. `?next=` returns to the page that asked for a session (same-site paths only). */
export function LoginPage() {
  useTitle('Sign in');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { signedIn } = useSession();
  const [form, setForm] = useState({ email: '', password: '' });
  const { pending, run, fields, general } = usePending();
  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/app';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { data, error, response } = await api.POST('/api/v1/auth/login', {
        body: form,
        ...cookieSession,
      });
      if (!data) {
        const problem = asProblem(error, response);
        return response.status === 401 ? { ...problem, detail: 'Wrong email or password.' } : problem;
      }
      await signedIn(data.tokens);
      navigate(target);
      return null;
    });
  };
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <ErrorBanner message={general} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Email"
          type="email"
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          autoComplete="email"
          required
          error={fields.email}
        />
        <Field
          label="Password"
          type="password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          autoComplete="current-password"
          required
          error={fields.password}
        />
        <button className="button button-primary" type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link> ·{' '}
        <Link to="/signup">Create an organization</Link>
      </p>
    </section>
  );
}

/** `/verify-email?token=`: confirms the address as soon as the page opens. */
export function VerifyEmailPage() {
  useTitle('Verify your email');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { session, reload } = useSession();
  const signedIn = session !== null;
  const [state, setState] = useState<'working' | 'done' | 'expired' | 'invalid'>('working');
  useEffect(() => {
    let live = true;
    void api.POST('/api/v1/auth/verify-email', { body: { token } }).then(({ response }) => {
      if (!live) return;
      setState(response.ok ? 'done' : response.status === 410 ? 'expired' : 'invalid');
      // A signed-in person's banner goes away; nobody else needs a session for this page.
      if (response.ok && signedIn) void reload();
    });
    return () => {
      live = false;
    };
  }, [token, reload, signedIn]);
  return (
    <section className="narrow" aria-live="polite">
      <h1>Verify your email</h1>
      {state === 'working' && <p role="status">Checking your link…</p>}
      {state === 'done' && (
        <p role="status">
          Your email address is verified. <Link to="/app">Go to your console</Link>
        </p>
      )}
      {state === 'expired' && <p role="alert">This link has expired. Sign in to ask for a new one.</p>}
      {state === 'invalid' && <p role="alert">This link is not valid or has already been used.</p>}
    </section>
  );
}

/** `/forgot-password`: the same answer whether or not the account exists. */
export function ForgotPasswordPage() {
  useTitle('Reset your password');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { pending, run, fields, general } = usePending();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { error, response } = await api.POST('/api/v1/auth/forgot-password', { body: { email } });
      if (!response.ok) return asProblem(error, response);
      setSent(true);
      return null;
    });
  };
  return (
    <section className="narrow">
      <h1>Reset your password</h1>
      {sent ? (
        <p role="status">
          If an account exists for {email}, a reset link is on its way. It is valid for a limited time.
        </p>
      ) : (
        <>
          <ErrorBanner message={general} />
          <form onSubmit={submit} noValidate>
            <Field
              label="Email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              required
              error={fields.email}
            />
            <button className="button button-primary" type="submit" disabled={pending}>
              Email me a reset link
            </button>
          </form>
        </>
      )}
    </section>
  );
}

/** `/reset-password?token=`. */
export function ResetPasswordPage() {
  useTitle('Choose a new password');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { pending, run, fields, general } = usePending();
  const policyId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const { error, response } = await api.POST('/api/v1/auth/reset-password', {
        body: { token, password },
      });
      if (response.status === 410)
        return { status: 410, detail: 'This link has expired. Ask for a new one.' };
      if (!response.ok) {
        const problem = asProblem(error, response);
        return problem.errors?.some((e) => e.field === 'password')
          ? problem
          : { status: problem.status, detail: 'This link is not valid or has already been used.' };
      }
      setDone(true);
      return null;
    });
  };
  return (
    <section className="narrow">
      <h1>Choose a new password</h1>
      {done ? (
        <p role="status">
          Your password is changed and every other session is signed out. <Link to="/login">Sign in</Link>
        </p>
      ) : (
        <>
          <ErrorBanner message={general} />
          <form onSubmit={submit} noValidate>
            <Field
              label="New password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              required
              error={fields.password}
              hint={<PasswordPolicy password={password} id={policyId} />}
            />
            <button className="button button-primary" type="submit" disabled={pending}>
              Set password
            </button>
          </form>
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * `/accept-invitation?token=`: a new person creates an account with a password; someone who already has a
 * verified account must sign in as that account first (the token alone never signs anyone in to it).
 */
export function AcceptInvitationPage() {
  useTitle('Join your team');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const { session, signedIn, resume } = useSession();
  useEffect(() => resume(), [resume]);
  const [form, setForm] = useState({ fullName: '', password: '' });
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const { pending, run, fields, general } = usePending();
  const policyId = useId();
  const here = `/accept-invitation?token=${encodeURIComponent(token)}`;

  const accept = (withAccount: boolean) =>
    run(async () => {
      const client = withAccount ? authedApi : api;
      const body = withAccount ? { token } : { token, ...form };
      const { data, error, response } = await client.POST('/api/v1/member-invitations/accept', {
        body,
        ...cookieSession,
      });
      if (!data) {
        if (response.status === 401) {
          setNeedsSignIn(true);
          return null;
        }
        const problem = asProblem(error, response);
        if (response.status === 410)
          return { ...problem, detail: 'This invitation has expired or was revoked.' };
        if (response.status === 404) return { ...problem, detail: 'This invitation link is not valid.' };
        return problem;
      }
      await signedIn(data.tokens);
      navigate('/app');
      return null;
    });

  return (
    <section className="narrow">
      <h1>Join your team on Assay</h1>
      <ErrorBanner message={general} />
      {session && (
        <div className="card">
          <p>
            You are signed in as <strong>{session.user.email}</strong>. If the invitation was sent to this
            address, accept it with this account.
          </p>
          <button
            className="button button-primary"
            type="button"
            disabled={pending}
            onClick={() => void accept(true)}
          >
            Accept as {session.user.email}
          </button>
        </div>
      )}
      {needsSignIn && !session && (
        <div className="banner banner-warning" role="alert">
          This address already has an Assay account.{' '}
          <Link to={`/login?next=${encodeURIComponent(here)}`}>Sign in as the invited user to accept</Link>.
        </div>
      )}
      <h2>New to Assay?</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void accept(false);
        }}
        noValidate
      >
        <Field
          label="Full name"
          value={form.fullName}
          onChange={(e) => setForm({ ...form, fullName: e.target.value })}
          autoComplete="name"
          required
          error={fields.fullName}
        />
        <Field
          label="Password"
          type="password"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          autoComplete="new-password"
          required
          error={fields.password}
          hint={<PasswordPolicy password={form.password} id={policyId} />}
        />
        <button className="button button-primary" type="submit" disabled={pending}>
          Create account and join
        </button>
      </form>
      {!session && (
        <p>
          Already have an account?{' '}
          <Link to={`/login?next=${encodeURIComponent(here)}`}>Sign in as the invited user to accept</Link>
        </p>
      )}
    </section>
  );
}
