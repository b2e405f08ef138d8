import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, isNetworkError, type Schemas } from '../api/client';
import { Layout, useTitle } from '../components/layout';
import { accommodationSentence, timeLimitText } from './accommodations';
import { AttemptView } from './attempt-view';
import { ErasureRequestPanel } from './erasure-request';

type Intro = Schemas['TakeIntroDto'];
type Started = Schemas['TakeStartDto'];

type View =
  | { kind: 'loading' }
  | { kind: 'link-problem'; reason: LinkProblem }
  | { kind: 'intro'; intro: Intro }
  | { kind: 'taking'; intro: Intro; started: Started; skewMs: number }
  | { kind: 'submitted'; intro: Intro | null; submittedAt: string | null; timeUp: boolean };

type LinkProblem = 'invalid' | 'expired' | 'revoked' | 'archived' | 'closed' | 'offline' | 'unknown';

const LEVELS: Record<string, string> = { junior: 'Junior', mid: 'Mid-Level', senior: 'Senior', lead: 'Lead' };

function problemOf(status: number, error: unknown): LinkProblem {
  const code = (error as { code?: string } | undefined)?.code;
  if (status === 404) return 'invalid';
  if (code === 'invitation-expired') return 'expired';
  if (code === 'invitation-revoked') return 'revoked';
  if (code === 'assessment-archived') return 'archived';
  if (code === 'assessment-closed') return 'closed';
  return 'unknown';
}

/** `/take/{token}`: the candidate's whole visit — intro, the questions, and the end. */
export function TakePage() {
  const { token = '' } = useParams();
  const [view, setView] = useState<View>({ kind: 'loading' });

  const start = useCallback(
    async (intro: Intro) => {
      try {
        const { data, error, response } = await api.POST('/api/v1/take/{token}/start', {
          params: { path: { token } },
        });
        if (!data) return setView({ kind: 'link-problem', reason: problemOf(response.status, error) });
        if (data.status !== 'in_progress') {
          return setView({ kind: 'submitted', intro, submittedAt: data.submittedAt, timeUp: false });
        }
        // The server's clock rules the deadline: measure how far this device's clock is off.
        const serverDate = Date.parse(response.headers.get('date') ?? '');
        const skewMs = Number.isFinite(serverDate) ? serverDate - Date.now() : 0;
        setView({ kind: 'taking', intro, started: data, skewMs: Math.abs(skewMs) > 2000 ? skewMs : 0 });
      } catch (e) {
        setView({ kind: 'link-problem', reason: isNetworkError(e) ? 'offline' : 'unknown' });
      }
    },
    [token],
  );

  useEffect(() => {
    void (async () => {
      try {
        const { data, error, response } = await api.GET('/api/v1/take/{token}', {
          params: { path: { token } },
        });
        if (!data) return setView({ kind: 'link-problem', reason: problemOf(response.status, error) });
        if (data.status === 'submitted' || data.status === 'graded') {
          return setView({ kind: 'submitted', intro: data, submittedAt: data.submittedAt, timeUp: false });
        }
        // A reload or a second tab goes straight back to the attempt.
        if (data.status === 'in_progress') return void start(data);
        setView({ kind: 'intro', intro: data });
      } catch (e) {
        setView({ kind: 'link-problem', reason: isNetworkError(e) ? 'offline' : 'unknown' });
      }
    })();
  }, [token, start]);

  const finished = useCallback(
    (submittedAt: string | null, timeUp: boolean) =>
      setView((v) => ({
        kind: 'submitted',
        intro: v.kind === 'taking' || v.kind === 'intro' ? v.intro : null,
        submittedAt,
        timeUp,
      })),
    [],
  );

  switch (view.kind) {
    case 'loading':
      return (
        <Layout minimal>
          <p role="status">Loading your assessment…</p>
        </Layout>
      );
    case 'link-problem':
      return <LinkProblemView reason={view.reason} />;
    case 'intro':
      return <IntroView intro={view.intro} token={token} onStart={() => void start(view.intro)} />;
    case 'taking':
      return (
        <AttemptView
          token={token}
          intro={view.intro}
          started={view.started}
          skewMs={view.skewMs}
          onFinished={finished}
        />
      );
    case 'submitted':
      return <SubmittedView submittedAt={view.submittedAt} timeUp={view.timeUp} intro={view.intro} />;
  }
}

const LINK_PROBLEMS: Record<LinkProblem, { title: string; text: string }> = {
  invalid: {
    title: 'This link is not valid',
    text: 'The address does not match any assessment invitation. Check that you copied the whole link from your email.',
  },
  expired: {
    title: 'This invitation has expired',
    text: 'The time to start this assessment has passed. Ask the organization that invited you for a new invitation.',
  },
  revoked: {
    title: 'This invitation has been withdrawn',
    text: 'The organization that invited you has withdrawn this invitation. Contact them if you think this is a mistake.',
  },
  archived: {
    title: 'This assessment is no longer available',
    text: 'The organization has archived this assessment. Contact them if you still need to take it.',
  },
  closed: {
    title: 'This assessment is closed',
    text: 'The assessment no longer accepts new candidates. Contact the organization that invited you.',
  },
  offline: {
    title: 'You seem to be offline',
    text: 'The assessment could not be loaded. Check your connection and reload this page.',
  },
  unknown: {
    title: 'Something went wrong',
    text: 'The assessment could not be loaded. Reload the page in a moment.',
  },
};

function LinkProblemView({ reason }: { reason: LinkProblem }) {
  const { title, text } = LINK_PROBLEMS[reason];
  useTitle(title);
  return (
    <Layout minimal>
      <section className="notice-page">
        <h1>{title}</h1>
        <p>{text}</p>
      </section>
    </Layout>
  );
}

function IntroView({ intro, token, onStart }: { intro: Intro; token: string; onStart: () => void }) {
  useTitle(intro.assessment.title);
  const [starting, setStarting] = useState(false);
  const a = intro.assessment;
  const accommodation = accommodationSentence(intro.accommodations, a.timeLimitMinutes);
  return (
    <Layout minimal>
      <section className="intro">
        <p className="eyebrow">{intro.organization.name} invites you to an assessment</p>
        <h1>{a.title}</h1>
        <p className="lead">Hello {intro.candidate.fullName}.</p>
        <dl className="facts">
          <div>
            <dt>Role</dt>
            <dd>
              {a.roleTitle} ({LEVELS[a.level] ?? a.level})
            </dd>
          </div>
          <div>
            <dt>Questions</dt>
            <dd>{a.questionCount}</dd>
          </div>
          <div>
            <dt>Time limit</dt>
            <dd>{timeLimitText(intro.accommodations, a.timeLimitMinutes)}</dd>
          </div>
        </dl>
        {accommodation && <p className="banner accommodation-note">{accommodation}</p>}
        <h2>Before you start</h2>
        <ul className="bullets">
          <li>
            Once started, the timer keeps running even if you close the page; answers are submitted
            automatically when time is up.
          </li>
          <li>
            Every answer is saved as you go. If your connection drops, answers wait on this device and are
            sent when it is back.
          </li>
          <li>You may move between questions, flag them for review and change answers until you submit.</li>
          <li>
            Code and SQL questions have a Run button that tries your answer on visible examples; hidden tests
            are used for grading.
          </li>
          <li>Work on your own, without help from other people.</li>
        </ul>
        <h2>What is recorded</h2>
        <p>
          Besides your answers, this assessment records when you leave this tab or window, copy or paste,
          leave full screen, and how long you spend on each question. {intro.organization.name} sees these
          signals with your results.
        </p>
        <h2>Privacy</h2>
        <p className="small">
          Your name, email address, answers and the signals above are processed by Assay on behalf of{' '}
          {intro.organization.name} to evaluate your application, and are kept only as long as they need them.
          You can ask {intro.organization.name} for a copy of your data or for its deletion.
        </p>
        <ErasureRequestPanel token={token} organizationName={intro.organization.name} />
        <p>
          <button
            type="button"
            className="button button-primary button-large"
            disabled={starting}
            onClick={() => {
              setStarting(true);
              onStart();
            }}
          >
            {intro.status === 'in_progress' ? 'Continue' : 'Start the assessment'}
          </button>
        </p>
      </section>
    </Layout>
  );
}

function SubmittedView(props: { submittedAt: string | null; timeUp: boolean; intro: Intro | null }) {
  useTitle('Submitted');
  const at = props.submittedAt ? new Date(props.submittedAt) : null;
  return (
    <Layout minimal>
      <section className="notice-page">
        <h1>Your assessment has been submitted</h1>
        {props.timeUp && (
          <p className="banner banner-warning">Time was up, so your answers were submitted automatically.</p>
        )}
        <p>
          Thank you. Your answers
          {props.intro ? ` to “${props.intro.assessment.title}”` : ''} are with{' '}
          {props.intro?.organization.name ?? 'the organization that invited you'}
          {at ? ` (submitted at ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })})` : ''}.
          They will be in touch about the next steps.
        </p>
        {props.intro?.result && <p>Your score: {props.intro.result.percentage}%</p>}
        <p>You can close this window.</p>
      </section>
    </Layout>
  );
}
