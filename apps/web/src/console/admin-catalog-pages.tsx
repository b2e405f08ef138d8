import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, asProblem, type Schemas } from '../api/client';
import { ErrorBanner, Field, problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import { TYPE_LABELS, when } from './format';

type Skill = Schemas['SkillDto'];
type Question = Schemas['QuestionDto'];
type QuestionType = Question['type'];

const QUESTION_TYPES: QuestionType[] = [
  'single_choice',
  'multiple_choice',
  'numeric',
  'short_text',
  'code',
  'sql',
  'essay',
];
const CHOICE_TYPES: QuestionType[] = ['single_choice', 'multiple_choice'];

interface FormErrors {
  fields: Record<string, string>;
  general: string | null;
}
const NO_ERRORS: FormErrors = { fields: {}, general: null };

/** Field errors of a failed call, with the ones no field on the form shows folded into the banner. */
function errorsOf(error: unknown, response: Response, shown: readonly string[]): FormErrors {
  const p = problemMessages(asProblem(error, response));
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(p.fields)) {
    const top = field.split(/[.[]/)[0];
    if (shown.includes(top)) fields[top] ??= message;
    else rest.push(`${field}: ${message}`);
  }
  return { fields, general: p.general ?? (rest.length ? rest.join('; ') : null) };
}

/**
 * Renders its children for platform admins only; anyone else reads a refusal (the admin API answers 403 to
 * them, so nothing behind these pages would load anyway).
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const [admin, setAdmin] = useState<boolean | null>(null);
  useEffect(() => {
    void authedApi.GET('/api/v1/admin/roles').then(({ response }) => setAdmin(response.ok));
  }, []);
  if (admin === null) return <p role="status">Loading…</p>;
  if (!admin)
    return (
      <>
        <h1>Platform admin</h1>
        <p>Only platform admins manage the catalog.</p>
      </>
    );
  return <>{children}</>;
}

function AdminTrail({ here }: { here: string }) {
  return (
    <p className="eyebrow">
      <Link to="/app/admin">Platform admin</Link> / {here}
    </p>
  );
}

function useSkills(): [Skill[], () => Promise<void>] {
  const [skills, setSkills] = useState<Skill[]>([]);
  const load = useCallback(async () => {
    const { data } = await api.GET('/api/v1/skills');
    setSkills(data?.items ?? []);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return [skills, load];
}

/** `/app/admin/skills`: the taxonomy; create a skill, edit a skill's name, category and description. */
export function AdminSkillsPage() {
  useTitle('Skills — platform admin');
  const [skills, reload] = useSkills();
  const [editing, setEditing] = useState<Skill | null>(null);
  const [note, setNote] = useState('');
  return (
    <>
      <AdminTrail here="skills" />
      <h1>Skills</h1>
      <p role="status" aria-live="polite">
        {note}
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{skills.length} skills</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Category</th>
              <th scope="col">Description</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.slug}>
                <td>
                  {s.name} <span className="chip">{s.slug}</span>
                </td>
                <td>{s.category}</td>
                <td>{s.description}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Edit ${s.name}`}
                    onClick={() => {
                      setNote('');
                      setEditing(s);
                    }}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing && (
        <SkillForm
          key={editing.slug}
          skill={editing}
          onDone={(saved) => {
            setEditing(null);
            setNote(`Saved ${saved.name}.`);
            void reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <SkillForm
        onDone={(saved) => {
          setNote(`Created ${saved.name}.`);
          void reload();
        }}
      />
    </>
  );
}

/** Edits `skill` or, without one, creates a skill (the slug is fixed once created). */
function SkillForm({
  skill,
  onDone,
  onCancel,
}: {
  skill?: Skill;
  onDone: (saved: Skill) => void;
  onCancel?: () => void;
}) {
  const empty = { slug: '', name: '', category: '', description: '' };
  const [form, setForm] = useState(skill ?? empty);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const headingId = useId();
  const descriptionId = useId();
  const fields = ['slug', 'name', 'category', 'description'];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    const body = { name: form.name, category: form.category, description: form.description };
    const { data, error, response } = skill
      ? await authedApi.PATCH('/api/v1/admin/skills/{slug}', { params: { path: { slug: skill.slug } }, body })
      : await authedApi.POST('/api/v1/admin/skills', { body: { ...body, slug: form.slug } });
    if (!response.ok || !data) return setErrors(errorsOf(error, response, fields));
    if (!skill) setForm(empty);
    onDone(data);
  };

  const title = skill ? `Edit ${skill.name}` : 'New skill';
  return (
    <form className="card" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={headingId}>{title}</h2>
      <ErrorBanner message={errors.general} />
      {!skill && (
        <Field
          label="Slug"
          hint="kebab-case, stable forever"
          value={form.slug}
          error={errors.fields.slug}
          onChange={(e) => setForm({ ...form, slug: e.target.value })}
        />
      )}
      <Field
        label="Name"
        value={form.name}
        error={errors.fields.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
      />
      <Field
        label="Category"
        value={form.category}
        error={errors.fields.category}
        onChange={(e) => setForm({ ...form, category: e.target.value })}
      />
      <div className="field">
        <label htmlFor={descriptionId}>Description</label>
        <textarea
          id={descriptionId}
          rows={3}
          value={form.description}
          aria-invalid={errors.fields.description ? true : undefined}
          aria-describedby={errors.fields.description ? `${descriptionId}-error` : undefined}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
        {errors.fields.description && (
          <p id={`${descriptionId}-error`} className="field-error">
            {errors.fields.description}
          </p>
        )}
      </div>
      <div className="draft-actions">
        <button className="button button-primary" type="submit">
          {skill ? 'Save skill' : 'Create skill'}
        </button>
        {onCancel && (
          <button className="button" type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

const flagText = (f: unknown): string =>
  typeof f === 'string' ? f.replace(/_/g, ' ') : JSON.stringify(f).replace(/[{}"]/g, '');

/** `/app/admin/questions`: the global library with filters (skill, type, status, flagged). */
export function AdminQuestionsPage() {
  useTitle('Global questions — platform admin');
  const [skills] = useSkills();
  const [filters, setFilters] = useState({ skill: '', type: '', status: '', flagged: false });
  const [items, setItems] = useState<Question[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const ids = { skill: useId(), type: useId(), status: useId(), flagged: useId() };
  // Filters change quickly: only the latest request may fill the table.
  const latest = useRef(0);

  const load = useCallback(
    async (after: string | null) => {
      const request = ++latest.current;
      const { data } = await authedApi.GET('/api/v1/admin/questions', {
        params: {
          query: {
            limit: 50,
            ...(filters.skill ? { skill: filters.skill } : {}),
            ...(filters.type ? { type: filters.type as QuestionType } : {}),
            ...(filters.status ? { status: filters.status as Question['status'] } : {}),
            ...(filters.flagged ? { flagged: 'true' as const } : {}),
            ...(after ? { cursor: after } : {}),
          },
        },
      });
      if (request !== latest.current) return;
      setItems((before) => [...(after ? (before ?? []) : []), ...(data?.items ?? [])]);
      setCursor(data?.nextCursor ?? null);
    },
    [filters],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  return (
    <>
      <AdminTrail here="questions" />
      <h1>Global questions</h1>
      <p>
        <Link className="button" to="/app/admin/questions/new">
          New question
        </Link>
      </p>
      <div className="filters">
        <div className="field">
          <label htmlFor={ids.skill}>Skill</label>
          <select
            id={ids.skill}
            value={filters.skill}
            onChange={(e) => setFilters({ ...filters, skill: e.target.value })}
          >
            <option value="">All skills</option>
            {skills.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>Type</label>
          <select
            id={ids.type}
            value={filters.type}
            onChange={(e) => setFilters({ ...filters, type: e.target.value })}
          >
            <option value="">All types</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t] ?? t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={filters.status}
            onChange={(e) => setFilters({ ...filters, status: e.target.value })}
          >
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="archived">Retired</option>
          </select>
        </div>
        <div className="field field-inline">
          <input
            id={ids.flagged}
            type="checkbox"
            checked={filters.flagged}
            onChange={(e) => setFilters({ ...filters, flagged: e.target.checked })}
          />
          <label htmlFor={ids.flagged}>Flagged by item statistics only</label>
        </div>
      </div>
      {items === null ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          <p role="status" aria-live="polite" className="hint">
            {items.length} question{items.length === 1 ? '' : 's'} shown
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption>Global questions matching the filters</caption>
              <thead>
                <tr>
                  <th scope="col">Prompt</th>
                  <th scope="col">Skill</th>
                  <th scope="col">Type</th>
                  <th scope="col">Difficulty</th>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {items.map((q) => (
                  <tr key={q.id}>
                    <td>
                      <Link to={`/app/admin/questions/${q.id}`}>
                        {q.prompt.length > 90 ? `${q.prompt.slice(0, 90)}…` : q.prompt}
                      </Link>
                    </td>
                    <td>{q.skill}</td>
                    <td>{TYPE_LABELS[q.type] ?? q.type}</td>
                    <td>{q.difficulty}</td>
                    <td>v{q.version}</td>
                    <td>{q.status === 'archived' ? 'retired' : 'active'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {cursor && (
            <button type="button" className="button" onClick={() => void load(cursor)}>
              Show more
            </button>
          )}
        </>
      )}
    </>
  );
}

interface QuestionVersionStatistics {
  questionVersionId: string;
  version: number | null;
  responses: number;
  facility: number | null;
  pointBiserial: number | null;
  flags: unknown[];
  time?: { medianSeconds?: number | null };
  updatedAt: string;
}

/** `/app/admin/questions/:id`: a global question with its answer key, its statistics; edit, retire. */
export function AdminQuestionPage() {
  const { id = '' } = useParams();
  const [question, setQuestion] = useState<Question | null>(null);
  const [missing, setMissing] = useState(false);
  const [stats, setStats] = useState<QuestionVersionStatistics[] | null>(null);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useTitle(question ? `Question v${question.version} — platform admin` : 'Question — platform admin');

  const load = useCallback(async () => {
    const { data, response } = await authedApi.GET('/api/v1/admin/questions/{id}', {
      params: { path: { id } },
    });
    if (!response.ok || !data) return setMissing(true);
    setQuestion(data);
    const s = await authedApi.GET('/api/v1/admin/questions/{id}/statistics', { params: { path: { id } } });
    setStats((s.data as { versions?: QuestionVersionStatistics[] } | undefined)?.versions ?? []);
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (missing)
    return (
      <>
        <h1>Question not found</h1>
        <p>
          No global question has this id. <Link to="/app/admin/questions">Back to the questions</Link>
        </p>
      </>
    );
  if (!question) return <p role="status">Loading…</p>;

  const setStatus = async (status: Question['status']) => {
    setError(null);
    const {
      data,
      error: err,
      response,
    } = await authedApi.PATCH('/api/v1/admin/questions/{id}', {
      params: { path: { id } },
      body: { status },
    });
    if (!response.ok || !data) return setError(errorsOf(err, response, []).general);
    setQuestion(data);
    setNote(
      status === 'archived'
        ? 'Retired: no new assessment draws this question; existing ones keep it.'
        : 'Restored: new assessments can draw this question again.',
    );
  };

  return (
    <div className="admin-wrap">
      <AdminTrail here="question" />
      <h1>
        {TYPE_LABELS[question.type] ?? question.type} question on {question.skill}
      </h1>
      <p className="meta">
        Version {question.version} · {question.status === 'archived' ? 'retired' : 'active'} ·{' '}
        {question.used ? 'used by an assessment (an edit makes a new version)' : 'not used yet'}
        {question.key ? ` · catalog key ${question.key}` : ''} · updated {when(question.updatedAt)}
      </p>
      <p role="status" aria-live="polite">
        {note}
      </p>
      <ErrorBanner message={error} />
      <div className="draft-actions">
        <button type="button" className="button" onClick={() => setEditing(!editing)}>
          {editing ? 'Close the editor' : 'Edit question'}
        </button>
        {question.status === 'active' ? (
          <button type="button" className="button" onClick={() => void setStatus('archived')}>
            Retire question
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setStatus('active')}>
            Restore question
          </button>
        )}
      </div>
      {editing && (
        <QuestionForm
          question={question}
          onSaved={(saved) => {
            setEditing(false);
            setNote(
              saved.version > question.version
                ? `Saved as version ${saved.version}; assessments already composed keep version ${question.version}.`
                : `Saved version ${saved.version}.`,
            );
            setQuestion(saved);
            void load();
          }}
        />
      )}
      <section aria-labelledby="question-content-heading">
        <h2 id="question-content-heading">Content</h2>
        <dl className="stats">
          <div>
            <dt>Difficulty</dt>
            <dd>{question.difficulty}</dd>
          </div>
          <div>
            <dt>Points</dt>
            <dd>{question.points}</dd>
          </div>
          <div>
            <dt>Time estimate</dt>
            <dd>{question.timeEstimateSeconds} s</dd>
          </div>
        </dl>
        <h3>Prompt</h3>
        <pre className="admin-pre">{question.prompt}</pre>
        {question.options && (
          <>
            <h3>Options</h3>
            <ul className="plain-list">
              {question.options.map((o) => (
                <li key={o.id}>
                  <strong>{o.id}</strong>: {o.text}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Answer key</h3>
        <p className="hint">Platform admins only: organizations never see a global question’s key.</p>
        <pre className="admin-pre answer-key">{JSON.stringify(question.answerKey, null, 2)}</pre>
      </section>
      <section aria-labelledby="question-stats-heading">
        <h2 id="question-stats-heading">Statistics and flags</h2>
        {stats === null ? (
          <p role="status">Loading…</p>
        ) : stats.length === 0 ? (
          <p>No graded responses yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption>Item statistics per version</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Responses</th>
                  <th scope="col">Facility</th>
                  <th scope="col">Point-biserial</th>
                  <th scope="col">Median time</th>
                  <th scope="col">Flags</th>
                </tr>
              </thead>
              <tbody>
                {stats.map((s) => (
                  <tr key={s.questionVersionId}>
                    <td>{s.version === null ? '—' : `v${s.version}`}</td>
                    <td>{s.responses}</td>
                    <td>{s.facility === null ? '—' : s.facility.toFixed(2)}</td>
                    <td>{s.pointBiserial === null ? '—' : s.pointBiserial.toFixed(2)}</td>
                    <td>{s.time?.medianSeconds != null ? `${Math.round(s.time.medianSeconds)} s` : '—'}</td>
                    <td>{s.flags.length ? s.flags.map(flagText).join(', ') : 'none'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

/** `/app/admin/questions/new`: add a question to the global library. */
export function AdminNewQuestionPage() {
  useTitle('New question — platform admin');
  const navigate = useNavigate();
  return (
    <>
      <AdminTrail here="new question" />
      <h1>New global question</h1>
      <QuestionForm onSaved={(saved) => navigate(`/app/admin/questions/${saved.id}`)} />
    </>
  );
}

const TYPE_EXTRAS_HINT: Partial<Record<QuestionType, string>> = {
  code: '{ "languages": ["javascript"], "functionName": "…", "starterCode": "…" }',
  sql: '{ "schema": "CREATE TABLE …; INSERT …;" }',
};

/** The fields of a question; with `question`, an edit (a used version is kept and a new one made). */
function QuestionForm({ question, onSaved }: { question?: Question; onSaved: (saved: Question) => void }) {
  const [skills] = useSkills();
  const extrasOf = (q?: Question): string => {
    if (!q) return '';
    const extras = {
      ...(q.languages ? { languages: q.languages } : {}),
      ...(q.functionName ? { functionName: q.functionName } : {}),
      ...(q.starterCode !== undefined ? { starterCode: q.starterCode } : {}),
      ...(q.timeLimitMs !== undefined ? { timeLimitMs: q.timeLimitMs } : {}),
      ...(q.memoryLimitMb !== undefined ? { memoryLimitMb: q.memoryLimitMb } : {}),
      ...(q.schema !== undefined ? { schema: q.schema } : {}),
    };
    return Object.keys(extras).length ? JSON.stringify(extras, null, 2) : '';
  };
  const [form, setForm] = useState({
    type: question?.type ?? ('single_choice' as QuestionType),
    skill: question?.skill ?? '',
    difficulty: String(question?.difficulty ?? 2),
    points: String(question?.points ?? 1),
    timeEstimateSeconds: String(question?.timeEstimateSeconds ?? ''),
    prompt: question?.prompt ?? '',
    options: (question?.options ?? []).map((o) => `${o.id}: ${o.text}`).join('\n'),
    answerKey: question ? JSON.stringify(question.answerKey, null, 2) : '',
    extras: extrasOf(question),
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const ids = {
    type: useId(),
    skill: useId(),
    prompt: useId(),
    options: useId(),
    answerKey: useId(),
    extras: useId(),
  };
  const choice = CHOICE_TYPES.includes(form.type);
  const shown = ['skill', 'difficulty', 'points', 'timeEstimateSeconds', 'prompt', 'options', 'answerKey'];

  const parseJson = (field: string, text: string): { ok: true; value: unknown } | { ok: false } => {
    if (!text.trim()) return { ok: true, value: undefined };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      setErrors({ fields: { [field]: 'is not valid JSON' }, general: null });
      return { ok: false };
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(NO_ERRORS);
    const key = parseJson('answerKey', form.answerKey);
    if (!key.ok) return;
    const extras = parseJson('extras', form.extras);
    if (!extras.ok) return;
    const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
    const body: Record<string, unknown> = {
      ...(typeof extras.value === 'object' && extras.value !== null ? extras.value : {}),
      type: form.type,
      skill: form.skill,
      difficulty: number(form.difficulty),
      points: number(form.points),
      timeEstimateSeconds: number(form.timeEstimateSeconds),
      prompt: form.prompt,
      answerKey: key.value,
      options: choice
        ? form.options
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const at = line.indexOf(':');
              return at < 0
                ? { id: line, text: '' }
                : { id: line.slice(0, at).trim(), text: line.slice(at + 1).trim() };
            })
        : undefined,
    };
    for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
    const { data, error, response } = question
      ? await authedApi.PATCH('/api/v1/admin/questions/{id}', {
          params: { path: { id: question.id } },
          body: body as Schemas['QuestionEditDto'],
        })
      : await authedApi.POST('/api/v1/admin/questions', { body: body as Schemas['QuestionInputDto'] });
    if (!response.ok || !data) return setErrors(errorsOf(error, response, shown));
    onSaved(data);
  };

  const textArea = (
    field: 'prompt' | 'options' | 'answerKey' | 'extras',
    label: string,
    rows: number,
    hint?: string,
  ) => {
    const id = ids[field];
    const describedBy = [hint ? `${id}-hint` : '', errors.fields[field] ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <div id={`${id}-hint`} className="hint">
            {hint}
          </div>
        )}
        <textarea
          id={id}
          rows={rows}
          value={form[field]}
          aria-invalid={errors.fields[field] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => setForm({ ...form, [field]: e.target.value })}
        />
        {errors.fields[field] && (
          <p id={`${id}-error`} className="field-error">
            {errors.fields[field]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-label="Question">
      <ErrorBanner message={errors.general} />
      <div className="field">
        <label htmlFor={ids.type}>Type</label>
        <select
          id={ids.type}
          value={form.type}
          disabled={Boolean(question)}
          onChange={(e) => setForm({ ...form, type: e.target.value as QuestionType })}
        >
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t] ?? t}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.skill}>Skill</label>
        <select
          id={ids.skill}
          value={form.skill}
          aria-invalid={errors.fields.skill ? true : undefined}
          aria-describedby={errors.fields.skill ? `${ids.skill}-error` : undefined}
          onChange={(e) => setForm({ ...form, skill: e.target.value })}
        >
          <option value="">Choose a skill</option>
          {skills.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
        {errors.fields.skill && (
          <p id={`${ids.skill}-error`} className="field-error">
            {errors.fields.skill}
          </p>
        )}
      </div>
      <Field
        label="Difficulty (1–5)"
        inputMode="numeric"
        value={form.difficulty}
        error={errors.fields.difficulty}
        onChange={(e) => setForm({ ...form, difficulty: e.target.value })}
      />
      <Field
        label="Points"
        inputMode="decimal"
        value={form.points}
        error={errors.fields.points}
        onChange={(e) => setForm({ ...form, points: e.target.value })}
      />
      <Field
        label="Time estimate (seconds)"
        inputMode="numeric"
        value={form.timeEstimateSeconds}
        error={errors.fields.timeEstimateSeconds}
        onChange={(e) => setForm({ ...form, timeEstimateSeconds: e.target.value })}
      />
      {textArea('prompt', 'Prompt (Markdown)', 6)}
      {choice && textArea('options', 'Options', 5, 'One a line: “id: text”, e.g. “a: GET”')}
      {textArea(
        'answerKey',
        'Answer key (JSON)',
        6,
        'e.g. { "optionId": "b" }; code: { "referenceSolution": …, "tests": […] }',
      )}
      {!choice &&
        textArea(
          'extras',
          'Type-specific fields (JSON)',
          4,
          TYPE_EXTRAS_HINT[form.type] ?? 'Leave empty unless the type needs more fields',
        )}
      <div className="draft-actions">
        <button className="button button-primary" type="submit">
          {question ? 'Save question' : 'Add question'}
        </button>
      </div>
    </form>
  );
}
