/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  correctResponse,
  isolatedDatabase,
  signUp,
  mailbox,
  TEST_PASSWORD,
  TestRedis,
  uniqueEmail,
  WebhookReceiver,
  withAnswerKeys,
  type IsolatedDatabase,
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
 * The organization's console in Chromium against the real API, worker, PostgreSQL, Redis and SMTP capture:
 * sign up and verify, compose a Senior Back-End assessment, swap a question, publish, invite from a CSV,
 * watch a candidate's attempt become graded without a reload, read the report, compare, export — and a
 * second organization that sees none of it.
 */
describe('the organization console in a real browser', () => {
  let stack: WebStack;
  let db: IsolatedDatabase;
  let redis: TestRedis;
  let receiver: WebhookReceiver;
  const mail = mailbox();
  let recruiter: BrowserContext;
  let page: Page; // reassigned while another person's page is audited
  const owner = { email: uniqueEmail('console-owner'), org: 'Console Robotics' };
  let assessmentUrl = '';
  let blueprintDraftUrl = '';
  let reportUrl = '';
  const candidates = [
    { name: 'Ada Strong', email: uniqueEmail('ada') },
    { name: 'Bob Partial', email: uniqueEmail('bob') },
  ];
  const violations: Record<string, string[]> = {};

  beforeAll(async () => {
    // Own database and Redis: webhooks to this machine are allowed here, and the run's other workers
    // (which refuse them) must not take this file's delivery jobs.
    db = await isolatedDatabase('console');
    redis = await TestRedis.start();
    receiver = await WebhookReceiver.start([200]);
    stack = await startWebStack({
      worker: true,
      config: { DATABASE_URL: db.url, REDIS_URL: redis.url, WEBHOOK_ALLOW_PRIVATE_URLS: 'true' },
    });
    recruiter = await newContext(stack);
    page = await recruiter.newPage();
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
    await receiver?.close();
    await redis?.stop();
    await db?.drop();
  });

  async function audit(name: string) {
    violations[name] = await axeViolations(page);
    await screenshot(page, `console-${name}`);
  }

  /** A bearer session for the same owner, to read the assessment for the candidate's answers. */
  async function ownerToken(): Promise<string> {
    const res = await stack.http.post('/api/v1/auth/login', { email: owner.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    return res.body.tokens.accessToken;
  }

  it('signs up in the browser (policy shown as typed) and verifies the email from the SMTP capture', async () => {
    await page.goto('/signup');
    await page.getByRole('heading', { level: 1, name: 'Create your organization' }).waitFor();
    await page.getByLabel('Organization name').fill(owner.org);
    await page.getByLabel('Full name').fill('Olivia Owner');
    await page.getByLabel('Work email').fill(owner.email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByText('At least 10 characters (5 so far)').waitFor();
    expect(await page.locator('.policy-todo', { hasText: 'At least 10 characters' }).count()).toBe(1);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page
      .locator('.policy-ok', { hasText: `At least 10 characters (${TEST_PASSWORD.length} so far)` })
      .waitFor();
    await audit('signup');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByText(`Verify your email address (${owner.email})`).waitFor();

    // The refresh token is an HttpOnly cookie scoped to the auth routes; page scripts cannot see it.
    const cookies = await recruiter.cookies();
    const refresh = cookies.find((c) => c.name === 'assay_refresh');
    expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('assay_refresh');

    const message = await mail.waitFor(
      (m) => m.to.includes(owner.email) && /confirm your email/i.test(m.subject),
    );
    const link = /https?:\/\/\S+\/verify-email\?token=[\w-]+/.exec(message.text)?.[0];
    expect(link).toBeDefined();
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await page.getByText('Your email address is verified.').waitFor();
    await audit('verify-email');

    // A reload keeps the session (a new access token from the cookie) and the banner is gone.
    await page.goto('/app');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    expect(await page.getByText('Verify your email address').count()).toBe(0);
    await audit('dashboard-empty');
  });

  it('composes with the product’s defaults: the role’s blueprint, shuffled, a different form per candidate', async () => {
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    await page.getByLabel('Role').selectOption('back-end-engineer');
    await page.getByLabel('Senior').check();
    await page.getByLabel('Title (optional)').fill('Blueprint defaults — browser test');
    await expect(page.getByLabel('Questions', { exact: true }).inputValue()).resolves.toBe('');
    expect(await page.getByLabel('Shuffle question order').isChecked()).toBe(true);
    expect(await page.getByLabel('Shuffle choice options').isChecked()).toBe(true);
    expect(await page.getByLabel('A different form per candidate (recommended)').isChecked()).toBe(true);
    expect(await page.getByLabel('The same questions for everyone').isChecked()).toBe(false);
    const [request] = await Promise.all([
      page.waitForRequest(
        (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/assessments',
      ),
      page.getByRole('button', { name: 'Compose draft' }).click(),
    ]);
    const body = request.postDataJSON() as Record<string, unknown>;
    expect(body).not.toHaveProperty('questionCount');
    expect(body).not.toHaveProperty('timeLimitMinutes');
    expect(body).toMatchObject({
      roleSlug: 'back-end-engineer',
      level: 'senior',
      forms: 'per_candidate',
      settings: { shuffleQuestions: true, shuffleOptions: true },
    });
    await page.getByRole('heading', { level: 1, name: 'Blueprint defaults — browser test' }).waitFor();
    const forms = page.getByRole('region', { name: 'Forms' });
    await forms.getByText('A different form per candidate.').waitFor();
    await forms.getByRole('heading', { name: 'Blueprint' }).waitFor();
    const seats = forms.getByRole('table', { name: /Seats per stratum/ });
    expect(await seats.locator('tbody tr').count()).toBeGreaterThan(0);
    // What the page shows is the API's blueprint, in words and numbers as text.
    blueprintDraftUrl = new URL(page.url()).pathname;
    const id = blueprintDraftUrl.split('/').pop()!;
    const saved = (await stack.http.get(`/api/v1/assessments/${id}`, { token: await ownerToken() })).body;
    expect(saved).toMatchObject({ forms: 'per_candidate', settings: { shuffleQuestions: true } });
    expect(saved.blueprint).not.toBeNull();
    const blueprint = saved.blueprint!;
    const strata = await seats
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-stratum'), r.lastElementChild?.textContent]),
      );
    expect(strata).toEqual(blueprint.seats.map((s) => [s.stratum, String(s.count)]));
    // Skills by their names in the taxonomy, not their slugs (a recruiter reads "HTTP & API Design").
    const taxonomy = (await stack.http.get('/api/v1/skills')).body.items as { slug: string; name: string }[];
    const nameOf = new Map(taxonomy.map((k) => [k.slug, k.name]));
    await page.waitForFunction(
      (slug) => !document.querySelector(`tr[data-stratum^="${slug}|"] td`)?.textContent?.includes(slug),
      blueprint.seats.find((s) => !s.stratum.startsWith('*'))!.stratum.split('|')[0],
    );
    const skillCells = await seats
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-stratum'), r.firstElementChild?.textContent]),
      );
    for (const [stratum, cell] of skillCells) {
      const slug = stratum!.split('|')[0];
      expect(cell).toBe(slug === '*' ? 'Any of the role’s skills' : nameOf.get(slug));
    }
    const seatTotal = blueprint.seats.reduce((n, s) => n + s.count, 0);
    expect(saved.formLength).toBe(seatTotal);
    await forms
      .getByText(`Each candidate answers ${saved.formLength} questions drawn from a pool of`)
      .waitFor();
    await forms.getByText(`${Math.round(blueprint.exposureCap * 1000) / 10}% of forms at most`).waitFor();
    await page
      .getByText(
        `The pool each candidate’s form is drawn from: ${saved.formLength} questions and ${saved.maxScore} points per form`,
      )
      .waitFor();
    await audit('draft-blueprint');
    await page.goto('/app');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  });

  it('composes a Senior Back-End assessment, swaps and reorders questions, and publishes it', async () => {
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New assessment' }).waitFor();
    await page.getByLabel('Role').selectOption('back-end-engineer');
    await page.getByLabel('Senior').check();
    await page.getByLabel('Title (optional)').fill('Senior Back-End — browser test');
    await page.getByLabel('Questions', { exact: true }).fill('8');
    // A fixed seed composes the same draft every run (one with code questions, for the report below).
    await page.getByText('Advanced').click();
    await page.getByLabel(/Composition seed/).fill('console-browser-test');
    await audit('compose');
    await page.getByRole('button', { name: 'Compose draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senior Back-End — browser test' }).waitFor();
    await page.getByRole('heading', { name: /Draft questions \(\d+\)/ }).waitFor();
    assessmentUrl = new URL(page.url()).pathname;
    const items = page.locator('.draft-item');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(4);
    // Each question shows skill, type, difficulty, points, time and prompt; never an answer key.
    const first = await items.first().innerText();
    expect(first).toMatch(/difficulty \d/);
    expect(first).toMatch(/\d+ pts/);
    expect(await page.content()).not.toMatch(/answerKey|referenceSolution|expectedQuery/);
    await audit('draft');

    // Swap the first (non-code) question that has an eligible code question for its skill, so the report
    // below has a code answer whatever the composition drew.
    const before = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
    let swapped = false;
    for (let i = 0; i < count && !swapped; i++) {
      if ((await items.nth(i).locator('.draft-meta').innerText()).includes('Code')) continue;
      await page.getByRole('button', { name: `Swap question ${i + 1}`, exact: true }).click();
      const picker = page.getByRole('region', { name: /Eligible questions for/ });
      await picker.waitFor();
      await picker.locator('.picker-choice, p').first().waitFor();
      const choices = picker.locator('.picker-choice', { hasText: /Code · difficulty/ });
      if ((await choices.count()) === 0) {
        await picker.getByRole('button', { name: 'Cancel' }).click();
        continue;
      }
      await audit('swap-picker');
      await choices.first().click();
      await page.getByText(`Question ${i + 1} swapped.`).waitFor();
      const after = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
      expect(after[i]).not.toBe(before[i]);
      expect(after.filter((_, j) => j !== i)).toEqual(before.filter((_, j) => j !== i));
      await expect(items.nth(i).locator('.draft-meta').innerText()).resolves.toContain('Code');
      swapped = true;
    }
    expect(swapped).toBe(true);
    // A question changed by hand is what every candidate answers: the draft is now one fixed form.
    const forms = page.getByRole('region', { name: 'Forms' });
    await forms.getByText('The same questions for everyone.').waitFor();
    expect(await forms.getByRole('heading', { name: 'Blueprint' }).count()).toBe(0);

    // Move question 2 up: the first two trade places.
    const order = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
    await page.getByRole('button', { name: 'Move question 2 up', exact: true }).click();
    await page.getByText('Question moved to position 1.').waitFor();
    const moved = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-question-id')));
    expect(moved.slice(0, 2)).toEqual([order[1], order[0]]);

    await page.getByRole('button', { name: 'Publish…' }).click();
    const confirm = page.getByRole('alertdialog', { name: /Publish/ });
    await confirm.getByText(/freezes what candidates will be measured on/).waitFor();
    await audit('publish-confirm');
    await confirm.getByRole('button', { name: 'Publish and freeze questions' }).click();
    await page.getByRole('heading', { name: 'Invite candidates' }).waitFor();
    await expect(page.locator('.page-head .status').innerText()).resolves.toBe('Open');
  });

  it('invites two candidates from a CSV with per-row validation', async () => {
    const csv = `name,email\n${candidates.map((c) => `${c.name},${c.email}`).join('\n')}\nNobody,not-an-email\n`;
    await page.getByLabel('Or upload a CSV file (name,email)').setInputFiles({
      name: 'candidates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByText('2 ready to invite, 1 with problems (not sent)').waitFor();
    await page.getByText('✗ not a valid email address').waitFor();
    await audit('invite-preview');
    await page.getByRole('button', { name: 'Send 2 invitations' }).click();
    await page.getByRole('heading', { name: 'Sent' }).waitFor();
    for (const c of candidates) {
      await page.locator(`tr[data-email="${c.email}"][data-status="invited"]`).waitFor();
      await mail.waitFor((m) => m.to.includes(c.email));
    }
    await audit('candidates-invited');
  });

  it('a candidate takes it through /take and the open candidate list turns graded without a reload', async () => {
    const token = await ownerToken();
    const assessmentId = assessmentUrl.split('/').pop()!;
    const org = await withAnswerKeys(
      stack.http,
      (await stack.http.get(`/api/v1/assessments/${assessmentId}`, { token })).body,
    );
    const byId = new Map(org.questions.map((q) => [q.id, q]));
    const linkOf = (email: string) => {
      const m = mail.to(email)[0];
      return /https?:\/\/\S+\/take\/[\w-]+/.exec(m.text)![0];
    };

    // Ada: through the candidate pages (start, resume after a reload, submit with confirmation).
    const candidate = await stack.browser.newContext({ baseURL: stack.baseUrl, bypassCSP: true });
    const take = await candidate.newPage();
    const adaToken = linkOf(candidates[0].email).split('/take/')[1];
    await take.goto(`/take/${adaToken}`);
    await take.getByRole('button', { name: 'Start the assessment' }).click();
    await take.getByRole('heading', { level: 1, name: 'Question 1', exact: true }).waitFor();
    const started = (await stack.http.post(`/api/v1/take/${adaToken}/start`)).body;
    for (const q of started.questions) {
      const saved = await stack.http.put(`/api/v1/take/${adaToken}/answers/${q.id}`, {
        response: correctResponse(byId.get(q.id)!),
      });
      expect(saved.status).toBe(200);
    }
    await take.reload();
    await take.getByRole('heading', { level: 1, name: 'Question 1', exact: true }).waitFor();
    await take.getByRole('button', { name: 'Submit…' }).click();
    await take
      .getByRole('dialog', { name: 'Submit your assessment?' })
      .getByRole('button', { name: 'Submit now' })
      .click();
    await take.getByRole('heading', { level: 1, name: 'Your assessment has been submitted' }).waitFor();
    await candidate.close();

    // The recruiter's page was never reloaded: polling shows Ada graded.
    await page
      .locator(`tr[data-email="${candidates[0].email}"][data-status="graded"]`)
      .waitFor({ timeout: 90_000 });

    // Bob: half right (through the API), so the comparison has two different candidates.
    const bobToken = linkOf(candidates[1].email).split('/take/')[1];
    const bob = (await stack.http.post(`/api/v1/take/${bobToken}/start`)).body;
    for (const [i, q] of bob.questions.entries()) {
      if (i % 2 === 1) continue;
      await stack.http.put(`/api/v1/take/${bobToken}/answers/${q.id}`, {
        response: correctResponse(byId.get(q.id)!),
      });
    }
    expect((await stack.http.post(`/api/v1/take/${bobToken}/submit`)).status).toBe(202);
    await page
      .locator(`tr[data-email="${candidates[1].email}"][data-status="graded"]`)
      .waitFor({ timeout: 90_000 });
    await audit('candidates-graded');
  });

  it('sorts, filters and exports the candidates as CSV', async () => {
    await page.getByRole('button', { name: 'Score' }).click();
    await page.getByRole('button', { name: 'Score' }).click(); // ascending after descending
    const ascending = await page
      .locator('tbody tr[data-email]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-email')));
    expect(ascending).toEqual([candidates[1].email, candidates[0].email]);
    await page.getByLabel('Search candidates').fill('strong');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-email]').length === 1);
    await page.locator(`tbody tr[data-email="${candidates[0].email}"]`).waitFor();
    await page.getByLabel('Status').selectOption('invited');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-email]').length === 0);
    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Search candidates').fill('');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-email]').length === 2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    for (const c of candidates) expect(text).toContain(c.email);
    expect(text.split('\n')[0].toLowerCase()).toContain('email');
  });

  it('opens the report: score, level fit, a code answer with its visible tests; prints cleanly', async () => {
    await page.getByRole('link', { name: candidates[0].name }).click();
    await page.getByRole('heading', { level: 1, name: candidates[0].name }).waitFor();
    reportUrl = new URL(page.url()).pathname;
    await page.locator('.score-value', { hasText: '(100%)' }).waitFor();
    await expect(page.locator('.stats', { hasText: 'Passed' }).count()).resolves.toBe(1);
    await page.getByRole('heading', { name: 'Level fit' }).waitFor();
    await page.getByRole('img', { name: 'Fit per level' }).waitFor();
    // What blocks the level above the recommended one: a list, or why there is none.
    await page
      .locator('.report')
      .getByText(
        /^(Skills that block (Junior|Mid-Level|Senior|Lead)|No required skill is below the|This form asks too few questions at)/,
      )
      .first()
      .waitFor();
    await page.getByRole('img', { name: 'Score per skill' }).waitFor();
    const code = page.locator('.answer[data-type="code"]').first();
    await code.getByRole('table', { name: 'Visible tests' }).waitFor();
    expect(await code.locator('td.pass').count()).toBeGreaterThan(0);
    expect(await code.locator('td.fail').count()).toBe(0);
    await expect(code.locator('.hidden-tests').innerText()).resolves.toMatch(
      /Hidden tests: ([1-9]\d*) of \1 passed/,
    );
    await audit('report');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-header').isVisible()).toBe(false);
    await screenshot(page, 'console-report-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('compares the two candidates side by side per skill', async () => {
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { name: 'Statistics' }).waitFor();
    await page.getByText('Graded attempts').waitFor();
    await audit('assessment-open');
    for (const c of candidates) await page.getByLabel(`Compare ${c.name}`).check();
    await page.getByRole('button', { name: 'Compare selected (2)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare candidates' }).waitFor();
    const table = page.getByRole('table', { name: /Score per skill/ });
    for (const c of candidates) await table.getByRole('columnheader', { name: c.name }).waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
    await audit('compare');
  });

  it('settings: creates an API key shown once, adds a webhook and fires a test delivery', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organization settings' }).waitFor();
    await page.getByRole('cell', { name: owner.email }).waitFor();

    await page.getByLabel('Key name').fill('ATS sync');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByTestId('new-api-key').innerText();
    expect(key.length).toBeGreaterThan(20);
    const listed = await stack.http.get('/api/v1/assessments', { token: key });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('Senior Back-End — browser test');

    await page.getByLabel('Endpoint URL (https)').fill(receiver.url());
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await page.getByText(/Signing secret for/).waitFor();
    await page.getByRole('button', { name: `Send test to ${receiver.url()}` }).click();
    const row = page.locator('tr[data-status="succeeded"]', { hasText: 'webhook.test' });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.innerText()).resolves.toContain('200');
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['webhook.test']);
    expect(receiver.received[0].headers['webhook-signature']).toMatch(/^v1,/);
    await audit('settings');
  });

  it('a platform admin edits and publishes a role, and the public role page shows the change', async () => {
    const admin = await signUp(stack.http, { organizationName: 'Catalog Team' });
    await stack.app
      .get(DataSource)
      .query(`UPDATE users SET platform_admin = true WHERE id = $1`, [admin.userId]);
    const context = await newContext(stack);
    const adminPage = await context.newPage();
    await adminPage.goto('/login');
    await adminPage.getByLabel('Email').fill(admin.email);
    await adminPage.getByLabel('Password').fill(admin.password);
    await adminPage.getByRole('button', { name: 'Sign in' }).click();
    await adminPage.getByRole('link', { name: 'Admin' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Platform admin' }).waitFor();
    const previous = page;
    page = adminPage;
    await audit('admin');
    await adminPage.getByRole('link', { name: 'Back-End Engineer' }).click();
    await adminPage.getByLabel('Summary', { exact: true }).waitFor();
    const summary = `Builds and runs the services behind the product (edited ${Date.now()}).`;
    await adminPage.getByLabel('Summary', { exact: true }).fill(summary);
    await adminPage
      .getByLabel('Senior summary')
      .fill('Owns the design of whole services and their failure modes.');
    await adminPage.getByRole('button', { name: 'Save draft' }).click();
    await adminPage.getByText('Draft saved.').waitFor();
    await audit('admin-role');
    await adminPage.getByRole('button', { name: 'Publish draft…' }).click();
    await adminPage
      .getByRole('alertdialog', { name: 'Publish this draft?' })
      .getByRole('button', { name: 'Publish' })
      .click();
    await adminPage.getByText('Published. The public role page shows this version now.').waitFor();
    page = previous;

    // The public page, as a search engine sees it (no JavaScript) and as a person does.
    const noJs = await newContext(stack, { javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto('/roles/back-end-engineer');
    await plain.getByText(summary).first().waitFor();
    await plain.getByText('Owns the design of whole services and their failure modes.').waitFor();
    await noJs.close();
    await adminPage.goto('/roles/back-end-engineer');
    await adminPage.getByText(summary).first().waitFor();
    await context.close();

    // A person who is not a platform admin sees no Admin link and the admin page refuses.
    await page.goto('/app/admin');
    await page.getByText('Only platform admins manage the catalog.').waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
  });

  it('a second organization sees none of the first one’s data on any page', async () => {
    const other = await newContext(stack);
    const intruder = await other.newPage();
    await intruder.goto('/signup');
    await intruder.getByLabel('Organization name').fill('Other Org');
    await intruder.getByLabel('Full name').fill('Ivy Intruder');
    await intruder.getByLabel('Work email').fill(uniqueEmail('intruder'));
    await intruder.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await intruder.getByRole('button', { name: 'Create organization' }).click();
    await intruder.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await intruder.getByText('No assessments yet.').waitFor();
    await intruder.goto(assessmentUrl);
    await intruder.getByRole('heading', { level: 1, name: 'Assessment not found' }).waitFor();
    await intruder.goto(reportUrl);
    await intruder.getByRole('heading', { level: 1, name: 'Report not found' }).waitFor();
    await intruder.goto(`${assessmentUrl}/compare?attempts=${reportUrl.split('/').pop()}`);
    await intruder.getByText('Select at least two graded candidates to compare.').waitFor();
    const seen = await intruder.content();
    for (const c of candidates) expect(seen).not.toContain(c.email);
    expect(seen).not.toContain('Senior Back-End — browser test');
    await other.close();
  });

  it('signs out, and the console then asks for a sign-in; signing in returns to the page', async () => {
    await page.goto('/app');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto(assessmentUrl);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await audit('login');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senior Back-End — browser test' }).waitFor();
  });

  it('is usable at 360 px: no sideways scrolling on the console pages', async () => {
    const narrow = await newContext(stack, { width: 360, height: 780 });
    const small = await narrow.newPage();
    await small.goto('/login');
    await small.getByLabel('Email').fill(owner.email);
    await small.getByLabel('Password').fill(TEST_PASSWORD);
    await small.getByRole('button', { name: 'Sign in' }).click();
    await small.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const pages: [string, string][] = [
      ['dashboard', '/app'],
      ['assessment', assessmentUrl],
      ['draft-blueprint', blueprintDraftUrl],
      ['report', reportUrl],
      ['compose', '/app/assessments/new'],
      ['settings', '/app/settings'],
    ];
    for (const [name, path] of pages) {
      await small.goto(path);
      await small.locator('main h1').first().waitFor();
      await small.waitForTimeout(300);
      const wide = await wideElements(small);
      expect({ path, overflow: await horizontalOverflow(small), wide }).toEqual({
        path,
        overflow: 0,
        wide: [],
      });
      await screenshot(small, `console-360-${name}`, { viewport: true });
    }
    await narrow.close();
  });

  it('axe-core finds no serious or critical violation on any console page', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(10);
  });
});
