import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { asProblem, type Schemas } from '../api/client';
import { ErrorBanner, Field, problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import { LEVEL_NAMES } from './console-types';
import { when } from './format';

type AdminRole = Schemas['AdminRoleDto'];
type Version = Schemas['RoleVersionDto'];

/** Whether the signed-in person is a platform admin (the admin API answers them, and only them). */
export function usePlatformAdmin(): boolean {
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    void authedApi.GET('/api/v1/admin/roles').then(({ response }) => setAdmin(response.ok));
  }, []);
  return admin;
}

/** `/app/admin`: role templates with their published and draft versions, skills, global questions. */
export function AdminPage() {
  useTitle('Platform admin');
  const [roles, setRoles] = useState<AdminRole[] | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    void authedApi.GET('/api/v1/admin/roles').then(({ data, response }) => {
      if (!response.ok) setDenied(true);
      else setRoles(data?.items ?? []);
    });
  }, []);
  if (denied)
    return (
      <>
        <h1>Platform admin</h1>
        <p>Only platform admins manage the catalog.</p>
      </>
    );
  return (
    <>
      <h1>Platform admin</h1>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Role templates</h2>
        {roles === null ? (
          <p role="status">Loading…</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Published</th>
                  <th scope="col">Draft</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {roles.map((r) => (
                  <tr key={r.slug}>
                    <td>
                      <Link to={`/app/admin/roles/${r.slug}`}>
                        {r.published?.title ?? r.draft?.title ?? r.slug}
                      </Link>
                    </td>
                    <td>
                      {r.published ? `v${r.published.version} · ${when(r.published.publishedAt)}` : '—'}
                    </td>
                    <td>{r.draft ? `edited ${when(r.draft.updatedAt)}` : '—'}</td>
                    <td>{r.archived ? 'archived' : 'active'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <CatalogLinks />
    </>
  );
}

/** Skills and global questions have pages of their own. */
function CatalogLinks() {
  return (
    <section aria-labelledby="catalog-heading">
      <h2 id="catalog-heading">Skills and questions</h2>
      <ul className="plain-list">
        <li>
          <Link to="/app/admin/skills">Skills</Link>: create a skill, edit a name, category or description.
        </li>
        <li>
          <Link to="/app/admin/questions">Global questions</Link>: filter, read a key, edit, retire, and see
          each question’s statistics and flags.
        </li>
      </ul>
    </section>
  );
}

/** `/app/admin/roles/:slug`: edit the draft (created from the published version on first save), publish. */
export function AdminRolePage() {
  const { slug = '' } = useParams();
  const [role, setRole] = useState<AdminRole | null>(null);
  const [form, setForm] = useState({ title: '', summary: '', description: '', responsibilities: '' });
  const [levels, setLevels] = useState<NonNullable<Version['levels']>>([]);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const descriptionId = useId();
  const responsibilitiesId = useId();
  useTitle(`Edit ${role?.draft?.title ?? role?.published?.title ?? slug}`);

  const load = useCallback(async () => {
    const { data } = await authedApi.GET('/api/v1/admin/roles/{slug}', { params: { path: { slug } } });
    if (!data) return;
    setRole(data);
    const v = data.draft ?? data.published;
    setForm({
      title: v?.title ?? '',
      summary: v?.summary ?? '',
      description: v?.description ?? '',
      responsibilities: (v?.responsibilities ?? []).join('\n'),
    });
    setLevels(v?.levels ?? []);
  }, [slug]);
  useEffect(() => {
    void load();
  }, [load]);

  const fail = (err: unknown, response: Response) => {
    const p = problemMessages(asProblem(err, response));
    setError(
      p.general ??
        Object.entries(p.fields)
          .map(([f, m]) => `${f}: ${m}`)
          .join('; '),
    );
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const { error: err, response } = await authedApi.PATCH('/api/v1/admin/roles/{slug}', {
      params: { path: { slug } },
      body: {
        title: form.title,
        summary: form.summary,
        description: form.description,
        responsibilities: form.responsibilities
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
        levels,
      },
    });
    if (!response.ok) return fail(err, response);
    setNote('Draft saved. Publish it to make it the live role page.');
    void load();
  };

  const setArchived = async (archived: boolean) => {
    setError(null);
    const { error: err, response } = archived
      ? await authedApi.POST('/api/v1/admin/roles/{slug}/archive', { params: { path: { slug } } })
      : await authedApi.POST('/api/v1/admin/roles/{slug}/restore', { params: { path: { slug } } });
    setConfirming(false);
    if (!response.ok) return fail(err, response);
    setNote(
      archived
        ? 'Archived. The role is gone from the public catalog; assessments composed from it keep working.'
        : 'Restored. The published version is back in the public catalog.',
    );
    void load();
  };

  const publish = async () => {
    const { error: err, response } = await authedApi.POST('/api/v1/admin/roles/{slug}/publish', {
      params: { path: { slug } },
    });
    setConfirming(false);
    if (!response.ok) return fail(err, response);
    setNote('Published. The public role page shows this version now.');
    void load();
  };

  if (!role) return <p role="status">Loading…</p>;
  return (
    <>
      <p className="eyebrow">
        <Link to="/app/admin">Platform admin</Link> / role
      </p>
      <h1>{role.draft?.title ?? role.published?.title ?? slug}</h1>
      <p className="meta">
        {role.published
          ? `Published v${role.published.version} (${when(role.published.publishedAt)})`
          : 'Never published'}
        {role.draft ? ` · draft edited ${when(role.draft.updatedAt)}` : ' · no draft'}
        {role.archived ? ' · archived' : ''} · <a href={`/roles/${slug}`}>public page</a>
      </p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      <ErrorBanner message={error} />
      <form onSubmit={(e) => void save(e)}>
        <Field
          label="Title"
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
        />
        <Field
          label="Summary"
          value={form.summary}
          onChange={(e) => setForm({ ...form, summary: e.target.value })}
        />
        <div className="field">
          <label htmlFor={descriptionId}>Description</label>
          <textarea
            id={descriptionId}
            rows={5}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={responsibilitiesId}>Responsibilities (one a line)</label>
          <textarea
            id={responsibilitiesId}
            rows={5}
            value={form.responsibilities}
            onChange={(e) => setForm({ ...form, responsibilities: e.target.value })}
          />
        </div>
        <fieldset className="field">
          <legend>Levels</legend>
          {levels.map((l, i) => (
            <Field
              key={l.level}
              label={`${LEVEL_NAMES[l.level]} summary`}
              value={l.summary}
              onChange={(e) =>
                setLevels(levels.map((x, j) => (j === i ? { ...x, summary: e.target.value } : x)))
              }
            />
          ))}
        </fieldset>
        <div className="draft-actions">
          <button className="button" type="submit">
            Save draft
          </button>
          <button
            className="button button-primary"
            type="button"
            disabled={!role.draft}
            onClick={() => setConfirming(true)}
          >
            Publish draft…
          </button>
          <button className="button" type="button" onClick={() => void setArchived(!role.archived)}>
            {role.archived ? 'Restore role' : 'Archive role'}
          </button>
        </div>
      </form>
      {confirming && (
        <div className="card confirm" role="alertdialog" aria-labelledby="role-publish-title">
          <h2 id="role-publish-title">Publish this draft?</h2>
          <p>
            It becomes version {(role.published?.version ?? 0) + 1} and the public role page. Assessments
            already composed keep the version they were composed from.
          </p>
          <div className="draft-actions">
            <button className="button button-primary" type="button" onClick={() => void publish()}>
              Publish
            </button>
            <button className="button" type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </>
  );
}
