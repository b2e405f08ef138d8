import { useEffect, useId, useRef, useState } from 'react';
import { asProblem, type Schemas } from '../api/client';
import { ErrorBanner, problemMessages } from '../account/forms';
import { authedApi } from '../account/session';
import type { Assessment, AssessmentQuestion } from './console-types';
import { duration, TYPE_LABELS } from './format';
import { skillLabel, useSkillNames } from './skill-names';

type Candidate = Schemas['QuestionDto'];

/**
 * A draft's questions: skill, difficulty, type, points, time and prompt (never an answer key), the skill
 * coverage, and the edits that keep it a draft — reorder, swap for an eligible question, add the
 * organization's own, remove — each saved at once with PUT …/questions. Publishing asks for confirmation.
 */
export function DraftEditor({
  assessment,
  onChange,
}: {
  assessment: Assessment;
  onChange(a: Assessment): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [swapFor, setSwapFor] = useState<AssessmentQuestion | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [announce, setAnnounce] = useState('');
  const skillNames = useSkillNames();
  const questions = assessment.questions;

  const save = async (ids: string[], message: string) => {
    setBusy(true);
    setError(null);
    const {
      data,
      error: err,
      response,
    } = await authedApi.PUT('/api/v1/assessments/{id}/questions', {
      params: { path: { id: assessment.id } },
      body: { questionIds: ids },
    });
    setBusy(false);
    if (!response.ok) {
      const p = problemMessages(asProblem(err, response));
      setError(p.general ?? Object.values(p.fields).join('; '));
      return false;
    }
    onChange(data as unknown as Assessment);
    setAnnounce(message);
    return true;
  };

  const ids = questions.map((q) => q.questionId);
  const move = (index: number, by: number) => {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    void save(next, `Question moved to position ${index + by + 1}.`);
  };

  const coverage = new Map<string, { count: number; points: number }>();
  for (const q of questions) {
    const c = coverage.get(q.skill) ?? { count: 0, points: 0 };
    coverage.set(q.skill, { count: c.count + 1, points: c.points + q.points });
  }
  const totalTime = questions.reduce((s, q) => s + (q.timeEstimateSeconds ?? 0), 0);

  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft questions ({questions.length})</h2>
      {assessment.blueprint ? (
        <p className="hint">
          The pool each candidate’s form is drawn from: {assessment.formLength} questions and{' '}
          {assessment.maxScore} points per form, about {duration(assessment.blueprint.expectedSeconds)} · time
          limit {assessment.timeLimitMinutes} min · pass at {assessment.passingScore}%
        </p>
      ) : (
        <p className="hint">
          {assessment.maxScore} points · estimated {duration(totalTime)} · time limit{' '}
          {assessment.timeLimitMinutes} min · pass at {assessment.passingScore}%
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <ErrorBanner message={error} />
      <h3>Skill coverage</h3>
      <ul className="chips">
        {[...coverage.entries()].map(([skill, c]) => (
          <li key={skill} className="chip">
            {skillLabel(skillNames, skill)}: {c.count} {c.count === 1 ? 'question' : 'questions'}, {c.points}{' '}
            pts
          </li>
        ))}
      </ul>
      <ol className="draft-list">
        {questions.map((q, i) => (
          <li key={q.id} className="card draft-item" data-question-id={q.questionId}>
            <div className="draft-meta">
              <span className="chip">{skillLabel(skillNames, q.skill)}</span>
              <span>{TYPE_LABELS[q.type] ?? q.type}</span>
              <span>difficulty {q.difficulty}</span>
              <span>{q.points} pts</span>
              <span>{duration(q.timeEstimateSeconds ?? null)}</span>
            </div>
            <p className="draft-prompt">{q.prompt.length > 220 ? `${q.prompt.slice(0, 220)}…` : q.prompt}</p>
            <div className="draft-actions">
              <button
                type="button"
                className="button"
                disabled={busy || i === 0}
                onClick={() => move(i, -1)}
                aria-label={`Move question ${i + 1} up`}
              >
                ↑ Up
              </button>
              <button
                type="button"
                className="button"
                disabled={busy || i === questions.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`Move question ${i + 1} down`}
              >
                ↓ Down
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => setSwapFor(q)}
                aria-label={`Swap question ${i + 1}`}
              >
                Swap…
              </button>
              <button
                type="button"
                className="button"
                disabled={busy || questions.length === 1}
                onClick={() =>
                  void save(
                    ids.filter((id) => id !== q.questionId),
                    `Question ${i + 1} removed.`,
                  )
                }
                aria-label={`Remove question ${i + 1}`}
              >
                Remove
              </button>
            </div>
            {swapFor?.id === q.id && (
              <QuestionPicker
                title={`Eligible questions for ${skillLabel(skillNames, q.skill)}`}
                query={{ library: 'global', skill: q.skill }}
                exclude={ids}
                onCancel={() => setSwapFor(null)}
                onPick={(c) => {
                  void save(
                    ids.map((id) => (id === q.questionId ? c.id : id)),
                    `Question ${i + 1} swapped.`,
                  ).then((ok) => ok && setSwapFor(null));
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <div className="draft-actions">
        <button type="button" className="button" onClick={() => setAdding(true)} disabled={busy}>
          Add one of your own questions…
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setConfirming(true)}
          disabled={busy}
        >
          Publish…
        </button>
      </div>
      {adding && (
        <QuestionPicker
          title="Your organization’s questions"
          query={{ library: 'own' }}
          exclude={ids}
          onCancel={() => setAdding(false)}
          onPick={(c) => {
            void save([...ids, c.id], 'Question added at the end.').then((ok) => ok && setAdding(false));
          }}
        />
      )}
      {confirming && (
        <PublishConfirm
          assessment={assessment}
          onCancel={() => setConfirming(false)}
          onPublished={onChange}
        />
      )}
    </section>
  );
}

function QuestionPicker({
  title,
  query,
  exclude,
  onPick,
  onCancel,
}: {
  title: string;
  query: { library: 'own' | 'global'; skill?: string };
  exclude: string[];
  onPick(c: Candidate): void;
  onCancel(): void;
}) {
  const [items, setItems] = useState<Candidate[] | null>(null);
  const skillNames = useSkillNames();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    void authedApi
      .GET('/api/v1/questions', { params: { query: { ...query, status: 'active', limit: 50 } } })
      .then(({ data }) => setItems((data?.items ?? []).filter((c) => !exclude.includes(c.id))));
    // The picker is opened for one question; later draft changes close it.
  }, []);
  return (
    <div className="picker" role="region" aria-labelledby={headingId} tabIndex={-1} ref={ref}>
      <h3 id={headingId}>{title}</h3>
      {items === null ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <p>No other eligible question.</p>
      ) : (
        <ul className="picker-list">
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button picker-choice" onClick={() => onPick(c)}>
                <span className="chip">{skillLabel(skillNames, c.skill)}</span>{' '}
                {TYPE_LABELS[c.type] ?? c.type} · difficulty {c.difficulty} · {c.points} pts —{' '}
                {c.prompt.length > 120 ? `${c.prompt.slice(0, 120)}…` : c.prompt}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

function PublishConfirm({
  assessment,
  onCancel,
  onPublished,
}: {
  assessment: Assessment;
  onCancel(): void;
  onPublished(a: Assessment): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const publish = async () => {
    const {
      data,
      error: err,
      response,
    } = await authedApi.POST('/api/v1/assessments/{id}/publish', {
      params: { path: { id: assessment.id } },
    });
    if (!response.ok) {
      setError(problemMessages(asProblem(err, response)).general ?? 'Publishing failed.');
      return;
    }
    onPublished(data as unknown as Assessment);
  };
  return (
    <div
      className="card confirm"
      role="alertdialog"
      aria-labelledby="publish-title"
      aria-describedby="publish-desc"
      tabIndex={-1}
      ref={ref}
    >
      <h3 id="publish-title">Publish “{assessment.title}”?</h3>
      <div id="publish-desc">
        <p>Publishing freezes what candidates will be measured on:</p>
        <ul className="bullets">
          {assessment.forms === 'per_candidate' ? (
            <li>
              the pool of {assessment.questions.length} questions, their points and versions, and the
              blueprint each candidate’s form of {assessment.formLength} questions is drawn from
            </li>
          ) : (
            <li>
              the {assessment.questions.length} questions, their order, points and versions (
              {assessment.maxScore} points)
            </li>
          )}
          <li>
            the role version ({assessment.role.title}, v{assessment.role.version}) and level
          </li>
        </ul>
        <p>The title and settings stay editable. You can then invite candidates.</p>
      </div>
      <ErrorBanner message={error} />
      <div className="draft-actions">
        <button type="button" className="button button-primary" onClick={() => void publish()}>
          Publish and freeze questions
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
