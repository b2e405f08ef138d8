/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  correctResponse,
  eventually,
  inviteCandidates,
  mailbox,
  publishAssessmentOf,
  signUp,
  takeAndSubmit,
  TEST_PASSWORD,
  tokenFrom,
  uniqueEmail,
  withAnswerKeys,
  type KeyedAssessment,
  type SignedUp,
} from '../support';
import {
  axeViolations,
  horizontalOverflow,
  newContext,
  screenshot,
  wideElements,
  startWebStack,
  type WebStack,
} from './browser-support';

/**
 * The console's account and team flows in Chromium against the real API, worker, PostgreSQL, Redis and
 * SMTP capture: a forgotten password reset from its email, a member invitation accepted as a new account
 * and as an existing one (then the organization switcher), members invited, re-roled and removed, a
 * candidate invitation resent and revoked, and an essay scored by hand and the attempt regraded.
 */
describe('console accounts, team and reviews in a real browser', () => {
  let stack: WebStack;
  let ds: DataSource;
  let owner: SignedUp;
  let invitationsAssessment: KeyedAssessment;
  let context: BrowserContext;
  let page: Page; // the owner's console
  const mail = mailbox();
  const violations: Record<string, string[]> = {};
  const ORG = 'Accounts Robotics';
  const NEW_PASSWORD = 'a brand new passphrase 42';

  beforeAll(async () => {
    stack = await startWebStack({ worker: true });
    ds = stack.app.get(DataSource);
    owner = await signUp(stack.http, { organizationName: ORG, fullName: 'Orla Owner' });
    invitationsAssessment = await publishAssessmentOf(
      stack.http,
      owner.accessToken,
      (sql, p) => ds.query(sql, p),
      ['single_choice', 'single_choice'],
      { title: 'Invitations — browser test' },
    );
    context = await newContext(stack);
    page = await context.newPage();
    await signIn(page, owner.email, owner.password);
  }, 180_000);

  afterAll(() => stack?.close());

  async function signIn(p: Page, email: string, password: string) {
    await p.goto('/login');
    await p.getByLabel('Email').fill(email);
    await p.getByLabel('Password').fill(password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  }

  async function audit(p: Page, name: string) {
    violations[name] = await axeViolations(p);
    await screenshot(p, `accounts-${name}`);
  }

  /** Opens `path` at 360 px and checks that nothing but wide tables sticks out sideways. */
  async function checkNarrow(path: string, heading: string, name: string) {
    const narrow = await newContext(stack, { width: 360, height: 780 });
    const small = await narrow.newPage();
    await small.goto(path);
    await small.getByRole('heading', { level: 1, name: heading }).waitFor();
    const wide = await wideElements(small);
    expect({ path, overflow: await horizontalOverflow(small), wide }).toEqual({
      path,
      overflow: 0,
      wide: [],
    });
    await screenshot(small, `accounts-360-${name}`, { viewport: true });
    await narrow.close();
  }

  /** Verifies an account's email with the link of its confirmation email (as its owner would). */
  async function verifyEmail(email: string) {
    const message = await mail.waitFor((m) => m.to.includes(email) && /confirm your email/i.test(m.subject));
    const res = await stack.http.post('/api/v1/auth/verify-email', {
      token: tokenFrom(message, '/verify-email'),
    });
    expect(res.status).toBe(204);
  }

  /** The owner invites `email` to the organization; returns the accept link's path from the email. */
  async function inviteMember(email: string, role: 'admin' | 'recruiter'): Promise<string> {
    const invited = await stack.http.post(
      '/api/v1/organization/member-invitations',
      { email, role },
      { token: owner.accessToken },
    );
    expect(invited.status).toBe(201);
    const message = await mail.waitFor((m) => m.to.includes(email) && m.subject === `Join ${ORG} on Assay`);
    return `/accept-invitation?token=${encodeURIComponent(tokenFrom(message, '/accept-invitation'))}`;
  }

  it('forgot password: the emailed link sets a new password; the old one is refused, the new one signs in', async () => {
    const user = await signUp(stack.http, { organizationName: 'Forgetful Org', fullName: 'Fay Forgetful' });
    const ctx = await newContext(stack);
    const p = await ctx.newPage();
    await p.goto('/login');
    await p.getByRole('link', { name: 'Forgot your password?' }).click();
    await p.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await audit(p, 'forgot-password');
    await p.getByLabel('Email').fill(user.email);
    await p.getByRole('button', { name: 'Email me a reset link' }).click();
    await p.getByText(`If an account exists for ${user.email}, a reset link is on its way.`).waitFor();

    const message = await mail.waitFor((m) => m.to.includes(user.email) && /reset your/i.test(m.subject));
    const token = tokenFrom(message, '/reset-password');
    const resetPath = `/reset-password?token=${encodeURIComponent(token)}`;
    await p.goto(resetPath);
    await p.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await audit(p, 'reset-password');
    await checkNarrow(resetPath, 'Choose a new password', 'reset-password');
    await p.getByLabel('New password').fill(NEW_PASSWORD);
    await p
      .locator('.policy-ok', { hasText: `At least 10 characters (${NEW_PASSWORD.length} so far)` })
      .waitFor();
    await p.getByRole('button', { name: 'Set password' }).click();
    await p.getByText('Your password is changed and every other session is signed out.').waitFor();

    // The link works once.
    await p.goto(resetPath);
    await p.getByLabel('New password').fill('yet another passphrase 7');
    await p.getByRole('button', { name: 'Set password' }).click();
    await p.getByRole('alert').getByText('This link is not valid or has already been used.').waitFor();

    await p.goto('/login');
    await p.getByLabel('Email').fill(user.email);
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await audit(p, 'login-refused');
    await p.getByLabel('Password').fill(NEW_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect(p.locator('.org-name').innerText()).resolves.toBe('Forgetful Org');
    await audit(p, 'dashboard-after-reset');
    await ctx.close();
  });

  it('accepts a member invitation as a new account and lands in the inviting organization', async () => {
    const email = uniqueEmail('new-member');
    const acceptPath = await inviteMember(email, 'recruiter');
    const ctx = await newContext(stack);
    const p = await ctx.newPage();
    await p.goto(acceptPath);
    await p.getByRole('heading', { level: 1, name: 'Join your team on Assay' }).waitFor();
    await audit(p, 'accept-invitation');
    await checkNarrow(acceptPath, 'Join your team on Assay', 'accept-invitation');
    await p.getByLabel('Full name').fill('Nina Newcomer');
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Create account and join' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect(p.locator('.org-name').innerText()).resolves.toBe(ORG);
    await p.getByRole('link', { name: 'Invitations — browser test' }).waitFor();
    // A recruiter: no Privacy page, and settings are for owners and admins.
    expect(await p.getByRole('link', { name: 'Privacy' }).count()).toBe(0);
    await p.getByRole('link', { name: 'Settings' }).click();
    await p.getByText('Only owners and admins manage members, API keys and webhooks.').waitFor();
    await audit(p, 'settings-recruiter');

    const members = await stack.http.get('/api/v1/organization/members', { token: owner.accessToken });
    expect(members.body.items.find((m) => m.email === email)).toMatchObject({
      role: 'recruiter',
      fullName: 'Nina Newcomer',
    });
    await ctx.close();
  });

  it('an existing account signs in to accept; the switcher then shows both organizations and switches the dashboard', async () => {
    const other = await signUp(stack.http, { organizationName: 'Second Home Org', fullName: 'Eve Existing' });
    await verifyEmail(other.email);
    const draft = await stack.http.post(
      '/api/v1/assessments',
      {
        roleSlug: 'back-end-engineer',
        level: 'mid',
        questionCount: 2,
        forms: 'fixed',
        title: 'Second home draft',
      },
      { token: other.accessToken },
    );
    expect(draft.status).toBe(201);
    const acceptPath = await inviteMember(other.email, 'admin');

    const ctx = await newContext(stack);
    const p = await ctx.newPage();
    await p.goto(acceptPath);
    await p.getByRole('heading', { level: 1, name: 'Join your team on Assay' }).waitFor();
    // Trying to create an account for an address that has one: the page asks to sign in instead.
    await p.getByLabel('Full name').fill('Eve Existing');
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Create account and join' }).click();
    const alert = p.getByRole('alert').filter({ hasText: 'This address already has an Assay account.' });
    await alert.waitFor();
    await audit(p, 'accept-needs-sign-in');
    await alert.getByRole('link', { name: 'Sign in as the invited user to accept' }).click();
    await p.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await p.getByLabel('Email').fill(other.email);
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();

    // Back on the invitation, signed in: accept with this account.
    await p.getByRole('heading', { level: 1, name: 'Join your team on Assay' }).waitFor();
    await p.getByText(`You are signed in as ${other.email}`).waitFor();
    await audit(p, 'accept-signed-in');
    await p.getByRole('button', { name: `Accept as ${other.email}` }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // Now a member of both: the switcher lists them, the dashboard shows the inviting organization's work.
    const switcher = p.getByLabel('Organization');
    await switcher.waitFor();
    const options = await switcher.locator('option').allInnerTexts();
    expect(options.sort()).toEqual([ORG, 'Second Home Org'].sort());
    await expect(switcher.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).resolves.toBe(ORG);
    await p.getByRole('link', { name: 'Invitations — browser test' }).waitFor();
    expect(await p.getByRole('link', { name: 'Second home draft' }).count()).toBe(0);
    await audit(p, 'dashboard-two-organizations');

    // Switching (on the dashboard itself) shows the other organization's assessments, and only those.
    await switcher.selectOption({ label: 'Second Home Org' });
    await p.getByRole('link', { name: 'Second home draft' }).waitFor();
    expect(await p.getByRole('link', { name: 'Invitations — browser test' }).count()).toBe(0);
    await expect(switcher.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).resolves.toBe(
      'Second Home Org',
    );
    // And back.
    await switcher.selectOption({ label: ORG });
    await p.getByRole('link', { name: 'Invitations — browser test' }).waitFor();
    expect(await p.getByRole('link', { name: 'Second home draft' }).count()).toBe(0);
    await ctx.close();
  });

  it('settings: invites a member, changes their role and removes them', async () => {
    const email = uniqueEmail('teammate');
    await page.goto('/app');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organization settings' }).waitFor();
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByLabel('Email').fill(email);
    await members.getByLabel('Role', { exact: true }).selectOption('recruiter');
    await members.getByRole('button', { name: 'Invite', exact: true }).click();
    await members.getByText(`Invitation sent to ${email}.`).waitFor();
    await members.getByRole('heading', { name: 'Pending invitations' }).waitFor();
    await members.getByText(`${email} (recruiter)`).waitFor();
    await audit(page, 'settings-members');

    // They accept (through the email's link, in their own browser).
    const message = await mail.waitFor((m) => m.to.includes(email) && m.subject === `Join ${ORG} on Assay`);
    const ctx = await newContext(stack);
    const p = await ctx.newPage();
    await p.goto(`/accept-invitation?token=${encodeURIComponent(tokenFrom(message, '/accept-invitation'))}`);
    await p.getByLabel('Full name').fill('Tom Teammate');
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Create account and join' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await ctx.close();

    await page.reload();
    const row = members.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    expect(await members.getByText(`${email} (recruiter)`).count()).toBe(0);
    const role = members.getByLabel(`Role of ${email}`);
    await expect(role.inputValue()).resolves.toBe('recruiter');
    await role.selectOption('admin');
    const roleOf = async () =>
      (await stack.http.get('/api/v1/organization/members', { token: owner.accessToken })).body.items.find(
        (m) => m.email === email,
      )?.role;
    expect(await eventually(roleOf, (r) => r === 'admin')).toBe('admin');
    await page.reload();
    await expect(members.getByLabel(`Role of ${email}`).inputValue()).resolves.toBe('admin');

    await members.getByRole('button', { name: `Remove ${email}` }).click();
    await row.waitFor({ state: 'detached' });
    const after = await stack.http.get('/api/v1/organization/members', { token: owner.accessToken });
    expect(after.body.items.map((m) => m.email)).not.toContain(email);
    // The owner cannot remove themselves from here.
    expect(await members.getByRole('button', { name: `Remove ${owner.email}` }).count()).toBe(0);
  });

  it('settings: a revoked member invitation no longer lets anyone join', async () => {
    const email = uniqueEmail('revoked-member');
    await page.goto('/app/settings');
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByLabel('Email').fill(email);
    await members.getByLabel('Role', { exact: true }).selectOption('admin');
    await members.getByRole('button', { name: 'Invite', exact: true }).click();
    await members.getByText(`${email} (admin)`).waitFor();
    const message = await mail.waitFor((m) => m.to.includes(email) && m.subject === `Join ${ORG} on Assay`);
    await members.getByRole('button', { name: `Revoke invitation for ${email}` }).click();
    await members.getByText(`${email} (admin)`).waitFor({ state: 'detached' });
    const pending = await stack.http.get('/api/v1/organization/member-invitations', {
      token: owner.accessToken,
    });
    expect(pending.body.items.map((i) => i.email)).not.toContain(email);

    const ctx = await newContext(stack);
    const p = await ctx.newPage();
    await p.goto(`/accept-invitation?token=${encodeURIComponent(tokenFrom(message, '/accept-invitation'))}`);
    await p.getByLabel('Full name').fill('Rex Revoked');
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Create account and join' }).click();
    await p.getByRole('alert').getByText('This invitation has expired or was revoked.').waitFor();
    await audit(p, 'accept-revoked');
    // A made-up token says so too.
    await p.goto('/accept-invitation?token=not-a-real-token');
    await p.getByLabel('Full name').fill('Rex Revoked');
    await p.getByLabel('Password').fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Create account and join' }).click();
    await p.getByRole('alert').getByText('This invitation link is not valid.').waitFor();
    expect(new URL(p.url()).pathname).toBe('/accept-invitation');
    await ctx.close();
    const list = await stack.http.get('/api/v1/organization/members', { token: owner.accessToken });
    expect(list.body.items.map((m) => m.email)).not.toContain(email);
  });

  it('resends and revokes a candidate invitation; the revoked link shows the candidate its error page', async () => {
    const keep = { name: 'Rita Resent', email: uniqueEmail('resent') };
    const gone = { name: 'Victor Revoked', email: uniqueEmail('revoked') };
    await page.goto(`/app/assessments/${invitationsAssessment.id}`);
    await page.getByRole('heading', { level: 1, name: 'Invitations — browser test' }).waitFor();
    await page
      .getByLabel('Paste emails, or lines of “name, email”')
      .fill(`${keep.name}, ${keep.email}\n${gone.name}, ${gone.email}`);
    await page.getByRole('button', { name: 'Send 2 invitations' }).click();
    for (const c of [keep, gone]) {
      await page.locator(`tr[data-email="${c.email}"][data-status="invited"]`).waitFor();
      await mail.waitFor((m) => m.to.includes(c.email));
    }
    const linkOf = (email: string) => /https?:\/\/\S+\/take\/[\w-]+/.exec(mail.to(email)[0].text)![0];

    await page.getByRole('button', { name: `Resend to ${keep.email}` }).click();
    await page.getByText(`Invitation sent again to ${keep.email}.`).waitFor();
    const resent = await mail.waitFor((m) => m.to.includes(keep.email) && mail.to(keep.email).length >= 2);
    expect(mail.to(keep.email)).toHaveLength(2);
    // The same link, sent again.
    expect(/https?:\/\/\S+\/take\/[\w-]+/.exec(resent.text)![0]).toBe(linkOf(keep.email));
    await audit(page, 'candidates-resent');

    const goneLink = new URL(linkOf(gone.email));
    await page.getByRole('button', { name: `Revoke ${gone.email}` }).click();
    await page.getByText(`Invitation for ${gone.email} revoked.`).waitFor();
    const revokedRow = page.locator(`tr[data-email="${gone.email}"][data-status="revoked"]`);
    await revokedRow.waitFor();
    await expect(revokedRow.locator('.status').innerText()).resolves.toBe('Revoked');
    // A revoked invitation is not resent or revoked again.
    expect(await page.getByRole('button', { name: `Resend to ${gone.email}` }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `Revoke ${gone.email}` }).count()).toBe(0);

    const candidate = await newContext(stack);
    const take = await candidate.newPage();
    await take.goto(goneLink.pathname);
    await take.getByRole('heading', { level: 1, name: 'This invitation has been withdrawn' }).waitFor();
    expect(await take.getByRole('button', { name: 'Start the assessment' }).count()).toBe(0);
    await audit(take, 'take-revoked');
    // The resent one still opens.
    await take.goto(new URL(linkOf(keep.email)).pathname);
    await take.getByRole('button', { name: 'Start the assessment' }).waitFor();
    await audit(take, 'take-intro-resent');
    await candidate.close();
  });

  it('scores an essay by hand on the report, then a regrade adds a revision and keeps the hand score', async () => {
    const essay = await stack.http.post(
      '/api/v1/questions',
      {
        type: 'essay',
        skill: 'system-design',
        difficulty: 3,
        prompt: 'How would you make payment webhooks reliable?',
        points: 10,
        answerKey: { rubric: 'Retries with backoff, idempotency keys, signatures, an outbox.' },
      },
      { token: owner.accessToken },
    );
    expect(essay.status).toBe(201);
    const choices: { id: string }[] = await ds.query(
      `SELECT q.id FROM questions q JOIN question_versions v ON v.id = q.latest_version_id
        WHERE q.organization_id IS NULL AND q.status = 'active' AND v.type = 'single_choice'
        ORDER BY q.catalog_key LIMIT 2`,
    );
    const draft = await stack.http.post(
      '/api/v1/assessments',
      {
        roleSlug: 'back-end-engineer',
        level: 'mid',
        questionCount: 1,
        forms: 'fixed',
        title: 'Essay review',
      },
      { token: owner.accessToken },
    );
    expect(draft.status).toBe(201);
    const set = await stack.http.put(
      `/api/v1/assessments/${draft.body.id}/questions`,
      { questionIds: [essay.body.id, ...choices.map((c) => c.id)] },
      { token: owner.accessToken },
    );
    expect(set.status).toBe(200);
    const published = await stack.http.post(`/api/v1/assessments/${draft.body.id}/publish`, undefined, {
      token: owner.accessToken,
    });
    expect(published.status).toBe(200);
    const assessment = await withAnswerKeys(stack.http, published.body);
    const byId = new Map(assessment.questions.map((q) => [q.id, q]));
    const essayQuestion = assessment.questions.find((q) => q.type === 'essay')!;
    const [candidate] = await inviteCandidates(stack.http, owner.accessToken, assessment.id, 1, 'essay');
    const submitted = await takeAndSubmit(stack.http, candidate.token, (q) =>
      correctResponse(byId.get(q.id)!),
    );
    expect(submitted.status).toBe(202);
    const row = await eventually(
      async () =>
        (
          await stack.http.get(`/api/v1/assessments/${assessment.id}/candidates`, {
            token: owner.accessToken,
          })
        ).body.items[0],
      (r) => r?.status === 'graded',
      90_000,
    );
    expect(row.status).toBe('graded');
    const attemptId = row.attemptId!;

    await page.goto(`/app/attempts/${attemptId}`);
    await page.getByRole('heading', { level: 1, name: 'Candidate 0' }).waitFor();
    const maxScore = assessment.maxScore;
    const scoreIs = (score: number) =>
      page.locator('.score-value', {
        hasText: new RegExp(`^${String(score).replace('.', '\\.')} / ${maxScore} \\(`),
      });
    await scoreIs(maxScore - 10).waitFor();
    const awaiting = page.locator('.stats div', { hasText: 'Awaiting review' });
    await expect(awaiting.locator('dd').innerText()).resolves.toBe('1');
    const answer = page.locator('.answer[data-type="essay"]');
    await expect(answer.locator('.verdict').innerText()).resolves.toBe('pending review');
    // The reviewer reads the candidate's words, not their JSON.
    await expect(answer.locator('.answer-text').innerText()).resolves.toBe(
      (correctResponse(byId.get(essayQuestion.id)!) as { text: string }).text,
    );
    expect(await answer.innerText()).not.toContain('{"text"');
    // Choice answers read as the option chosen, by its text, and prompts as formatted text, not Markdown.
    for (const q of assessment.questions.filter((x) => x.type === 'single_choice')) {
      const chosen = q.options!.find((o) => o.id === q.answerKey!.optionId)!;
      const card = page.locator('.answer', { hasText: chosen.text });
      await expect(card.locator('.answer-choices li').innerText()).resolves.toBe(chosen.text);
    }
    const report = await page.locator('.answer').allInnerTexts();
    expect(report.join('\n')).not.toMatch(/\{"optionIds?"/);
    expect(await page.locator('.answer .report-prompt .prose').count()).toBe(assessment.questions.length);
    // A score above the question's points is refused and said so; nothing changes.
    await answer.getByLabel('Score (0–10)').fill('11');
    await answer.getByRole('button', { name: 'Save score' }).click();
    await answer.getByRole('alert').waitFor();
    await scoreIs(maxScore - 10).waitFor();
    await audit(page, 'report-essay');

    await answer.getByLabel('Score (0–10)').fill('7.5');
    await answer.getByLabel('Comment').fill('Good on retries.');
    await answer.getByRole('button', { name: 'Save score' }).click();
    await scoreIs(maxScore - 2.5).waitFor();
    await expect(answer.locator('.verdict').innerText()).resolves.toBe('partial');
    expect(await answer.getByRole('alert').count()).toBe(0);
    await expect(answer.locator('.draft-meta').innerText()).resolves.toContain('7.5 / 10 pts');
    expect(await awaiting.count()).toBe(0);
    const history = page.getByRole('region', { name: 'Grading history' });
    await history
      .locator('li[data-revision="2"][data-reason="manual_score"]', { hasText: 'current' })
      .waitFor();

    // A regrade (owner) runs again and the report shows the new revision without a reload.
    await page.getByRole('button', { name: 'Regrade' }).click();
    await page.getByText('Regrade requested; the report updates when it is done.').waitFor();
    await history
      .locator('li[data-revision="3"][data-reason="regrade"]', { hasText: 'current' })
      .waitFor({ timeout: 90_000 });
    await page.getByText('Regraded: the report shows revision 3.').waitFor();
    await scoreIs(maxScore - 2.5).waitFor();
    await expect(answer.locator('.draft-meta').innerText()).resolves.toContain('7.5 / 10 pts');
    expect(await page.getByRole('button', { name: 'Regrade' }).isEnabled()).toBe(true);
    await audit(page, 'report-regraded');
  });

  it('axe-core finds no serious or critical violation on any page visited', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(10);
  });
});
