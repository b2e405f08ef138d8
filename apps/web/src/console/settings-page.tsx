import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { asProblem, type Schemas } from '../api/client';
import { ErrorBanner, Field, problemMessages } from '../account/forms';
import { authedApi, useSession } from '../account/session';
import { useTitle } from '../components/layout';
import { when } from './format';

type Role = Schemas['MemberDto']['role'];
const ROLES: Role[] = ['owner', 'admin', 'recruiter'];

/** `/app/settings`: members, API keys and webhooks (owners and admins). */
export function SettingsPage() {
  useTitle('Organization settings');
  const { session } = useSession();
  const canManage = session?.role === 'owner' || session?.role === 'admin';
  return (
    <>
      <h1>Organization settings</h1>
      {!canManage ? (
        <p>Only owners and admins manage members, API keys and webhooks.</p>
      ) : (
        <>
          <MembersSection />
          <ApiKeysSection />
          <WebhooksSection />
        </>
      )}
    </>
  );
}

function useMessage() {
  const [message, setMessage] = useState<string | null>(null);
  const fail = (error: unknown, response: Response) => {
    const p = problemMessages(asProblem(error, response));
    setMessage(
      p.general ??
        Object.entries(p.fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join('; '),
    );
  };
  return { message, setMessage, fail };
}

function MembersSection() {
  const { session } = useSession();
  const [members, setMembers] = useState<Schemas['MemberDto'][]>([]);
  const [pending, setPending] = useState<Schemas['PendingMemberInvitationDto'][]>([]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('recruiter');
  const { message, setMessage, fail } = useMessage();
  const roleId = useId();

  const load = useCallback(async () => {
    const [m, p] = await Promise.all([
      authedApi.GET('/api/v1/organization/members'),
      authedApi.GET('/api/v1/organization/member-invitations'),
    ]);
    setMembers(m.data?.items ?? []);
    setPending(p.data?.items ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    const { error, response } = await authedApi.POST('/api/v1/organization/member-invitations', {
      body: { email, role },
    });
    if (!response.ok) return fail(error, response);
    setMessage(`Invitation sent to ${email}.`);
    setEmail('');
    void load();
  };

  return (
    <section aria-labelledby="members-heading" className="card">
      <h2 id="members-heading">Members</h2>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>{m.fullName}</td>
                <td>{m.email}</td>
                <td>
                  <select
                    aria-label={`Role of ${m.email}`}
                    value={m.role}
                    onChange={(e) => {
                      void authedApi
                        .PATCH('/api/v1/organization/members/{userId}', {
                          params: { path: { userId: m.userId } },
                          body: { role: e.target.value as Role },
                        })
                        .then(({ error, response }) => (response.ok ? load() : fail(error, response)));
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {m.userId !== session?.user.id && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove ${m.email}`}
                      onClick={() => {
                        void authedApi
                          .DELETE('/api/v1/organization/members/{userId}', {
                            params: { path: { userId: m.userId } },
                          })
                          .then(({ error, response }) => (response.ok ? load() : fail(error, response)));
                      }}
                    >
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pending.length > 0 && (
        <>
          <h3>Pending invitations</h3>
          <ul className="plain-list">
            {pending.map((p) => (
              <li key={p.id}>
                {p.email} ({p.role}) — expires {when(p.expiresAt)}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Revoke invitation for ${p.email}`}
                  onClick={() => {
                    void authedApi
                      .DELETE('/api/v1/organization/member-invitations/{id}', {
                        params: { path: { id: p.id } },
                      })
                      .then(() => load());
                  }}
                >
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Invite a member</h3>
      <form onSubmit={(e) => void invite(e)} className="inline-form">
        <Field label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <div className="field">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit">
          Invite
        </button>
      </form>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

function ApiKeysSection() {
  const [keys, setKeys] = useState<Schemas['ApiKeyDto'][]>([]);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Schemas['ApiKeyCreatedDto'] | null>(null);
  const { message, fail } = useMessage();
  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/organization/api-keys');
    setKeys(data?.items ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error, response } = await authedApi.POST('/api/v1/organization/api-keys', {
      body: { name },
    });
    if (!data) return fail(error, response);
    setCreated(data);
    setName('');
    void load();
  };
  return (
    <section aria-labelledby="keys-heading" className="card">
      <h2 id="keys-heading">API keys</h2>
      {created && (
        <div className="banner" role="status">
          <p>
            The key <strong>{created.name}</strong> — copy it now, it is shown only once:
          </p>
          <code className="secret" data-testid="new-api-key">
            {created.key}
          </code>
        </div>
      )}
      <ul className="plain-list">
        {keys.map((k) => (
          <li key={k.id}>
            <strong>{k.name}</strong> <code>{k.prefix}…</code> · created {when(k.createdAt)} · last used{' '}
            {when(k.lastUsedAt)}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Revoke key ${k.name}`}
              onClick={() => {
                void authedApi
                  .DELETE('/api/v1/organization/api-keys/{id}', { params: { path: { id: k.id } } })
                  .then(() => load());
              }}
            >
              Revoke
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void create(e)} className="inline-form">
        <Field label="Key name" value={name} onChange={(e) => setName(e.target.value)} required />
        <button className="button" type="submit">
          Create key
        </button>
      </form>
      <ErrorBanner message={message} />
    </section>
  );
}

type Webhook = Schemas['WebhookDto'];
type Event = Webhook['events'][number];
const EVENTS: Event[] = ['attempt.submitted', 'attempt.graded'];

function WebhooksSection() {
  const [hooks, setHooks] = useState<Webhook[]>([]);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<Event[]>(['attempt.graded']);
  const [created, setCreated] = useState<Schemas['WebhookCreatedDto'] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const { message, setMessage, fail } = useMessage();
  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/organization/webhooks');
    setHooks(data?.items ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error, response } = await authedApi.POST('/api/v1/organization/webhooks', {
      body: { url, events },
    });
    if (!data) return fail(error, response);
    setCreated(data);
    setMessage(null);
    setUrl('');
    void load();
  };
  return (
    <section aria-labelledby="hooks-heading" className="card">
      <h2 id="hooks-heading">Webhooks</h2>
      {created && (
        <div className="banner" role="status">
          <p>Signing secret for {created.url} — copy it now, it is shown only once:</p>
          <code className="secret">{created.secret}</code>
        </div>
      )}
      <ul className="plain-list">
        {hooks.map((h) => (
          <li key={h.id} className="webhook" data-url={h.url}>
            <strong>{h.url}</strong> · {h.events.join(', ')}
            {h.disabledAt ? (
              <span className="status status-revoked"> disabled {when(h.disabledAt)}</span>
            ) : h.failingSince ? (
              <span className="status status-expired"> failing since {when(h.failingSince)}</span>
            ) : null}
            <WebhookControls
              hook={h}
              expanded={open === h.id}
              onToggle={() => setOpen(open === h.id ? null : h.id)}
              onChanged={() => void load()}
            />
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void create(e)}>
        <Field
          label="Endpoint URL (https)"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          required
        />
        <fieldset className="field">
          <legend>Events</legend>
          {EVENTS.map((ev) => (
            <label key={ev} className="choice-inline">
              <input
                type="checkbox"
                checked={events.includes(ev)}
                onChange={(e) =>
                  setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))
                }
              />{' '}
              {ev}
            </label>
          ))}
        </fieldset>
        <button className="button" type="submit">
          Add webhook
        </button>
      </form>
      <ErrorBanner message={message} />
    </section>
  );
}

function WebhookControls({
  hook,
  expanded,
  onToggle,
  onChanged,
}: {
  hook: Webhook;
  expanded: boolean;
  onToggle(): void;
  onChanged(): void;
}) {
  const [deliveries, setDeliveries] = useState<Schemas['WebhookDeliveryDto'][] | null>(null);
  const [note, setNote] = useState('');
  const loadDeliveries = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/organization/webhooks/{id}/deliveries', {
      params: { path: { id: hook.id } },
    });
    setDeliveries(data?.items ?? []);
  }, [hook.id]);
  useEffect(() => {
    if (!expanded) return;
    void loadDeliveries();
    const timer = setInterval(() => void loadDeliveries(), 2000);
    return () => clearInterval(timer);
  }, [expanded, loadDeliveries]);
  return (
    <div className="webhook-controls">
      <button type="button" className="link-button" aria-expanded={expanded} onClick={onToggle}>
        Recent deliveries
      </button>{' '}
      {hook.disabledAt ? (
        <button
          type="button"
          className="link-button"
          aria-label={`Re-enable webhook ${hook.url}`}
          onClick={() => {
            void authedApi
              .POST('/api/v1/organization/webhooks/{id}/enable', { params: { path: { id: hook.id } } })
              .then(({ response }) => {
                setNote(
                  response.ok ? 'Re-enabled: deliveries go to this endpoint again.' : 'Could not re-enable.',
                );
                onChanged();
              });
          }}
        >
          Re-enable
        </button>
      ) : (
        <button
          type="button"
          className="link-button"
          aria-label={`Send test to ${hook.url}`}
          onClick={() => {
            void authedApi
              .POST('/api/v1/organization/webhooks/{id}/test', { params: { path: { id: hook.id } } })
              .then(({ response }) => {
                setNote(
                  response.ok ? 'Test delivery queued; see the recent deliveries.' : 'Could not send a test.',
                );
                if (!expanded) onToggle();
                else void loadDeliveries();
              });
          }}
        >
          Send test
        </button>
      )}{' '}
      <button
        type="button"
        className="link-button"
        aria-label={`Delete webhook ${hook.url}`}
        onClick={() => {
          void authedApi
            .DELETE('/api/v1/organization/webhooks/{id}', { params: { path: { id: hook.id } } })
            .then(() => onChanged());
        }}
      >
        Delete
      </button>
      <span role="status" className="small">
        {' '}
        {note}
      </span>
      {expanded && deliveries && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Recent deliveries</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Response</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id} data-status={d.status}>
                  <td>{d.event}</td>
                  <td>{d.status}</td>
                  <td>{d.attempts}</td>
                  <td>{d.responseStatus ?? '—'}</td>
                  <td>{when(d.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {deliveries.length === 0 && <p>No deliveries yet.</p>}
        </div>
      )}
    </div>
  );
}
