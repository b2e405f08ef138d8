import { useEffect, useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, asProblem, type Problem, type Schemas } from '../api/client';
import { ErrorBanner, problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import { useTitle } from '../components/layout';
import { LEVEL_NAMES, LEVELS, type Level } from './console-types';

type Forms = NonNullable<Schemas['CreateAssessmentDto']['forms']>;

/** `/app/assessments/new?role=`: role, level and options; the API composes a draft from them. */
export function ComposePage() {
  useTitle('New assessment');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [roles, setRoles] = useState<Schemas['RoleListItemDto'][]>([]);
  const [roleSlug, setRoleSlug] = useState(params.get('role') ?? '');
  const [level, setLevel] = useState<Level>((params.get('level') as Level) || 'senior');
  const [title, setTitle] = useState('');
  // Blank: the role's blueprint for the level sets the count, the time and the practical share.
  const [questionCount, setQuestionCount] = useState('');
  const [timeLimit, setTimeLimit] = useState('');
  const [passingScore, setPassingScore] = useState('60');
  const [shuffleQuestions, setShuffleQuestions] = useState(true);
  const [shuffleOptions, setShuffleOptions] = useState(true);
  const [forms, setForms] = useState<Forms>('per_candidate');
  const [seed, setSeed] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  const ids = { role: useId(), title: useId(), count: useId(), time: useId(), pass: useId(), seed: useId() };
  const { fields, general } = problemMessages(problem);

  useEffect(() => {
    void api.GET('/api/v1/roles', { params: { query: { limit: 100 } } }).then(({ data }) => {
      if (data) setRoles(data.items);
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setProblem(null);
    // Only what the person set: a blank field leaves the product's default (the blueprint's count and time).
    const num = <K extends string>(key: K, s: string) =>
      s.trim() === '' ? {} : ({ [key]: Number(s) } as Record<K, number>);
    const { data, error, response } = await authedApi.POST('/api/v1/assessments', {
      body: {
        roleSlug,
        level,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...num('questionCount', questionCount),
        ...num('timeLimitMinutes', timeLimit),
        ...num('passingScore', passingScore),
        settings: { shuffleQuestions, shuffleOptions },
        forms,
        ...(seed.trim() ? { seed: seed.trim() } : {}),
      },
    });
    setPending(false);
    if (!response.ok) {
      setProblem(
        response.status === 422
          ? {
              status: 422,
              detail: 'This role has no questions for that choice yet. Try another level or fewer questions.',
            }
          : asProblem(error, response),
      );
      return;
    }
    navigate(`/app/assessments/${(data as { id: string }).id}`);
  };

  const err = (name: string) =>
    fields[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {fields[name]}
      </p>
    ) : null;

  return (
    <section className="narrow">
      <h1>New assessment</h1>
      <p>
        Pick a role and a level. Assay composes a draft from the role’s skills; you can change every question
        before publishing.
      </p>
      <ErrorBanner message={general} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.role}>Role</label>
          <select
            id={ids.role}
            value={roleSlug}
            onChange={(e) => setRoleSlug(e.target.value)}
            required
            aria-invalid={fields.roleSlug ? true : undefined}
          >
            <option value="">Choose a role…</option>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.title}
              </option>
            ))}
          </select>
          {err('roleSlug')}
        </div>
        <fieldset className="field">
          <legend>Level</legend>
          <div className="radio-row">
            {LEVELS.map((l) => (
              <label key={l} className="choice-inline">
                <input
                  type="radio"
                  name="level"
                  value={l}
                  checked={level === l}
                  onChange={() => setLevel(l)}
                />{' '}
                {LEVEL_NAMES[l]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.title}>Title (optional)</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Senior Back-End Engineer — Q1 hiring"
          />
          {err('title')}
        </div>
        <div className="field-grid">
          <div className="field">
            <label htmlFor={ids.count}>Questions</label>
            <input
              id={ids.count}
              type="number"
              min={1}
              max={60}
              value={questionCount}
              onChange={(e) => setQuestionCount(e.target.value)}
              placeholder="Blueprint"
              aria-describedby={`${ids.count}-hint`}
              aria-invalid={fields.questionCount ? true : undefined}
            />
            <p className="hint" id={`${ids.count}-hint`}>
              Blank for the role’s blueprint: its count, time and share of practical tasks for the level.
            </p>
            {err('questionCount')}
          </div>
          <div className="field">
            <label htmlFor={ids.time}>Time limit (minutes, blank for the questions’ estimate)</label>
            <input
              id={ids.time}
              type="number"
              min={1}
              value={timeLimit}
              onChange={(e) => setTimeLimit(e.target.value)}
              aria-invalid={fields.timeLimitMinutes ? true : undefined}
            />
            {err('timeLimitMinutes')}
          </div>
          <div className="field">
            <label htmlFor={ids.pass}>Passing score (%)</label>
            <input
              id={ids.pass}
              type="number"
              min={0}
              max={100}
              value={passingScore}
              onChange={(e) => setPassingScore(e.target.value)}
              aria-invalid={fields.passingScore ? true : undefined}
            />
            {err('passingScore')}
          </div>
        </div>
        <fieldset className="field">
          <legend>Forms</legend>
          <div className="radio-row">
            <label className="choice-inline">
              <input
                type="radio"
                name="forms"
                value="per_candidate"
                checked={forms === 'per_candidate'}
                onChange={() => setForms('per_candidate')}
              />{' '}
              A different form per candidate (recommended)
            </label>
            <label className="choice-inline">
              <input
                type="radio"
                name="forms"
                value="fixed"
                checked={forms === 'fixed'}
                onChange={() => setForms('fixed')}
              />{' '}
              The same questions for everyone
            </label>
          </div>
          <p className="hint">
            Per candidate, every form is drawn from the same blueprint: the same skills, points and
            difficulty, different questions, so answers shared by one candidate do not help the next.
          </p>
        </fieldset>
        <fieldset className="field">
          <legend>Per candidate</legend>
          <label className="choice-inline">
            <input
              type="checkbox"
              checked={shuffleQuestions}
              onChange={(e) => setShuffleQuestions(e.target.checked)}
            />{' '}
            Shuffle question order
          </label>
          <label className="choice-inline">
            <input
              type="checkbox"
              checked={shuffleOptions}
              onChange={(e) => setShuffleOptions(e.target.checked)}
            />{' '}
            Shuffle choice options
          </label>
        </fieldset>
        <details className="field">
          <summary>Advanced</summary>
          <div className="field">
            <label htmlFor={ids.seed}>Composition seed (the same seed composes the same draft)</label>
            <input
              id={ids.seed}
              type="text"
              value={seed}
              onChange={(e) => setSeed(e.target.value)}
              aria-invalid={fields.seed ? true : undefined}
            />
            {err('seed')}
          </div>
        </details>
        <button className="button button-primary" type="submit" disabled={pending || !roleSlug}>
          {pending ? 'Composing…' : 'Compose draft'}
        </button>
      </form>
    </section>
  );
}
