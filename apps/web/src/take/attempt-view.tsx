import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { api, type Schemas } from '../api/client';
import { Markdown } from '../components/markdown';
import { useTitle } from '../components/layout';
import { isAnswered } from './answer-state';
import { AnswerStore, type SaveStatus } from './answer-store';
import { Countdown } from './countdown';
import { sendEvent, useProctoring } from './proctoring';
import { QuestionInput } from './question-input';

type Intro = Schemas['TakeIntroDto'];
type Started = Schemas['TakeStartDto'];
type Question = Schemas['CandidateQuestionDto'];

const TYPE_NAMES: Record<string, string> = {
  single_choice: 'Single choice',
  multiple_choice: 'Multiple choice',
  numeric: 'Numeric',
  short_text: 'Short answer',
  code: 'Code',
  sql: 'SQL',
  essay: 'Written answer',
};

function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** The attempt: one question at a time, the navigator, the timer, autosave and submit. */
export function AttemptView(props: {
  token: string;
  intro: Intro;
  started: Started;
  skewMs: number;
  onFinished: (submittedAt: string | null, timeUp: boolean) => void;
}) {
  const { token, intro, started, onFinished } = props;
  const questions = started.questions;
  useTitle(intro.assessment.title);
  const positionKey = `assay-take-position:${token}`;
  const flagsKey = `assay-take-flags:${token}`;

  const [store] = useState(() => new AnswerStore(token, () => onFinished(null, false)));
  const [, rerender] = useState(0);
  useEffect(() => {
    store.load(started.answers);
    rerender((n) => n + 1);
    return () => store.dispose();
  }, [store, started.answers]);
  const status = useSyncExternalStore(store.subscribe, store.snapshot);

  const [index, setIndex] = useState(() => {
    const id = localStorage.getItem(positionKey);
    return Math.max(
      0,
      questions.findIndex((q) => q.id === id),
    );
  });
  const [flags, setFlags] = useState<string[]>(() => readJson<string[]>(flagsKey, []));
  const question = questions[index];
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useProctoring(token, true);

  useEffect(() => {
    localStorage.setItem(positionKey, question.id);
    sendEvent(token, 'viewed', { questionId: question.id, position: question.position });
    // Keyboard and screen-reader users land on the new question, not at the top of the page.
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [question.id, question.position, positionKey, token]);

  useEffect(() => localStorage.setItem(flagsKey, JSON.stringify(flags)), [flags, flagsKey]);

  const answered = useCallback((q: Question) => isAnswered(q.type, store.get(q.id), q.starterCode), [store]);

  const [warning, setWarning] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const submit = useCallback(
    async (timeUp: boolean) => {
      setSubmitting(true);
      setSubmitError('');
      await store.flushAll();
      try {
        const { data, response } = await api.POST('/api/v1/take/{token}/submit', {
          params: { path: { token } },
        });
        if (data || response.status === 409) {
          localStorage.removeItem(positionKey);
          localStorage.removeItem(flagsKey);
          onFinished(data?.submittedAt ?? null, timeUp);
          return;
        }
        setSubmitError(`Submitting failed (${response.status}). Try again.`);
      } catch {
        setSubmitError(
          timeUp
            ? 'Time is up. You are offline, but the assessment is submitted on the server with every answer it received.'
            : 'You seem to be offline. Your answers are kept; submit again when the connection is back.',
        );
      } finally {
        setSubmitting(false);
      }
    },
    [store, token, onFinished, positionKey, flagsKey],
  );

  const go = (i: number) => setIndex(Math.min(questions.length - 1, Math.max(0, i)));
  const flagged = flags.includes(question.id);
  const unanswered = questions.filter((q) => !answered(q));
  const promptId = `prompt-${question.id}`;

  return (
    <>
      <a className="skip-link" href="#question">
        Skip to the question
      </a>
      <header className="site-header take-header">
        <div className="container header-row">
          <span className="brand">Assay</span>
          <span className="take-title">{intro.assessment.title}</span>
          <SaveIndicator status={status} />
          <Countdown
            deadlineAt={started.deadlineAt}
            skewMs={props.skewMs}
            onExpire={() => void submit(true)}
            onWarning={setWarning}
            untimed={intro.accommodations.untimed === true}
          />
        </div>
      </header>
      <div className="container" role="alert">
        {warning && <p className="banner banner-warning time-warning">{warning}</p>}
        {submitError && !dialog.current?.open && (
          <p className="banner banner-warning time-warning">{submitError}</p>
        )}
      </div>
      <div className="container take-layout">
        <main id="question" className="question-pane" tabIndex={-1}>
          <article aria-labelledby={`${promptId}-heading`}>
            <p className="eyebrow">
              Question {question.position} of {questions.length} ·{' '}
              {TYPE_NAMES[question.type] ?? question.type} · {question.points} point
              {question.points === 1 ? '' : 's'}
            </p>
            <h1 id={`${promptId}-heading`} ref={heading} tabIndex={-1} className="question-heading">
              Question {question.position}
            </h1>
            <div id={promptId}>
              <Markdown text={question.prompt} />
            </div>
            <QuestionInput
              key={question.id}
              token={token}
              question={question}
              value={store.get(question.id)}
              promptId={promptId}
              onChange={(response) => {
                store.set(question.id, response);
                rerender((n) => n + 1);
              }}
            />
            {status.errors[question.id] && (
              <p className="field-error" role="alert">
                This answer was not saved: {status.errors[question.id]}
              </p>
            )}
          </article>
          <div className="question-actions">
            <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
              Previous
            </button>
            <button
              type="button"
              className={`button ${flagged ? 'button-flagged' : ''}`}
              aria-pressed={flagged}
              onClick={() =>
                setFlags((f) => (flagged ? f.filter((id) => id !== question.id) : [...f, question.id]))
              }
            >
              {/* A toggle keeps its name; aria-pressed (and the style) say whether it is on. */}
              <span aria-hidden="true" className="flag-icon">
                {flagged ? '⚑' : '⚐'}
              </span>
              Flag for review
            </button>
            {index < questions.length - 1 ? (
              <button type="button" className="button button-primary" onClick={() => go(index + 1)}>
                Next
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => dialog.current?.showModal()}
              >
                Review and submit
              </button>
            )}
          </div>
        </main>
        <aside className="navigator-pane">
          <nav aria-label="Questions">
            <h2 className="navigator-title">Questions</h2>
            <ol className="navigator">
              {questions.map((q, i) => {
                const isAnsweredQ = answered(q);
                const isFlagged = flags.includes(q.id);
                const state = [isAnsweredQ ? 'answered' : 'unanswered', isFlagged ? 'flagged for review' : '']
                  .filter(Boolean)
                  .join(', ');
                return (
                  <li key={q.id}>
                    <button
                      type="button"
                      className={`nav-item${isAnsweredQ ? ' nav-answered' : ''}${isFlagged ? ' nav-flagged' : ''}`}
                      aria-current={i === index ? 'step' : undefined}
                      aria-label={`Question ${q.position}, ${state}`}
                      onClick={() => go(i)}
                    >
                      {q.position}
                      {isFlagged && (
                        <span aria-hidden="true" className="flag-mark">
                          ⚑
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ol>
            <p className="legend small">
              <span className="legend-swatch swatch-answered" aria-hidden="true" /> answered{' '}
              <span className="legend-swatch swatch-unanswered" aria-hidden="true" /> not answered{' '}
              <span aria-hidden="true">⚑</span> flagged
            </p>
            <button type="button" className="button button-block" onClick={() => dialog.current?.showModal()}>
              Submit…
            </button>
          </nav>
        </aside>
      </div>
      <dialog ref={dialog} className="dialog" aria-labelledby="submit-title">
        <h2 id="submit-title">Submit your assessment?</h2>
        {unanswered.length ? (
          <>
            <p>
              {unanswered.length} question{unanswered.length === 1 ? ' is' : 's are'} not answered:
            </p>
            <ul className="unanswered-list">
              {unanswered.map((q) => (
                <li key={q.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      dialog.current?.close();
                      go(questions.indexOf(q));
                    }}
                  >
                    Question {q.position}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Every question has an answer.</p>
        )}
        {flags.length > 0 && <p>{flags.length} flagged for review.</p>}
        <p>After submitting you cannot change your answers.</p>
        {submitError && (
          <p className="field-error" role="alert">
            {submitError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Keep working
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={submitting}
            onClick={() => void submit(false)}
          >
            {submitting ? 'Submitting…' : 'Submit now'}
          </button>
        </div>
      </dialog>
    </>
  );
}

function SaveIndicator({ status }: { status: SaveStatus }) {
  const text = useMemo(() => {
    if (status.state === 'offline') {
      return `Offline — ${status.pending} answer${status.pending === 1 ? '' : 's'} waiting to be saved`;
    }
    if (status.state === 'error' && status.pending > 0) return 'Not saved yet — retrying';
    if (status.state === 'saving' || status.pending > 0) return 'Saving…';
    if (status.savedAt) {
      return `All answers saved ${new Date(status.savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
    }
    return 'Answers are saved automatically';
  }, [status]);
  return (
    <p
      className={`save-status save-${status.state}`}
      role="status"
      data-state={status.state}
      data-pending={status.pending}
    >
      {text}
    </p>
  );
}
