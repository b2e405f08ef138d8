/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  addMember,
  eventually,
  inviteCandidates,
  mailbox,
  publishAssessmentOf,
  signUp,
  tokenFrom,
  uniqueEmail,
  type SignedUp,
} from '../support';
import {
  axeViolations,
  horizontalOverflow,
  newContext,
  screenshot,
  startWebStack,
  type WebStack,
} from './browser-support';

/**
 * The console's side of issue 18 in Chromium against the real API, worker, PostgreSQL and SMTP capture:
 * accommodations at invite and in the report, the audit log (filters, Load more, CSV), erasure requests
 * with a legal hold, a candidate's export and erasure, retention, and deleting the organization.
 */
describe('privacy console in a real browser', () => {
  let stack: WebStack;
  let ds: DataSource;
  let owner: SignedUp;
  let assessment: { id: string };
  let context: BrowserContext;
  let page: Page;
  const mail = mailbox();
  const violations: Record<string, string[]> = {};
  const extraTimeEmail = uniqueEmail('extra-time');

  beforeAll(async () => {
    stack = await startWebStack({ worker: true });
    ds = stack.app.get(DataSource);
    owner = await signUp(stack.http, { organizationName: 'Audit Robotics' });
    assessment = await publishAssessmentOf(
      stack.http,
      owner.accessToken,
      (sql, p) => ds.query(sql, p),
      ['single_choice'],
      { timeLimitMinutes: 40 },
    );
    // 24 invitation.sent entries: more than one page of the audit log (20).
    await inviteCandidates(stack.http, owner.accessToken, assessment.id, 24, 'audit');
    context = await newContext(stack);
    page = await context.newPage();
    await signIn(page, owner);
  }, 180_000);

  afterAll(() => stack?.close());

  async function signIn(p: Page, who: SignedUp) {
    await p.goto('/login');
    await p.getByLabel('Email').fill(who.email);
    await p.getByLabel('Password').fill(who.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  }

  async function audit(name: string) {
    violations[name] = await axeViolations(page);
    await screenshot(page, `privacy-${name}`);
  }

  async function openPrivacy() {
    await page.goto('/app');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy and audit log' }).waitFor();
  }

  it('invites with 50% extra time; the candidate sees it and the report says "with 50% extra time"', async () => {
    await page.goto(`/app/assessments/${assessment.id}`);
    await page.getByLabel('Paste emails, or lines of “name, email”').fill(`Ada Extra, ${extraTimeEmail}`);
    await page.getByRole('radio', { name: 'Extra time' }).check();
    // Nothing given yet: the form says what is missing and does not send.
    await page.getByText('Give extra time as a percentage, in minutes, or both.').waitFor();
    expect(await page.getByRole('button', { name: 'Send 1 invitation' }).isDisabled()).toBe(true);
    await page.getByLabel('Extra time (%)').fill('500');
    await page.getByText('Enter a whole number from 0 to 400.').waitFor();
    await page.getByLabel('Extra time (%)').fill('50');
    await audit('invite-accommodations');
    await page.getByRole('button', { name: 'Send 1 invitation' }).click();
    const copy = page.getByRole('button', { name: `Copy link for ${extraTimeEmail}` });
    await copy.waitFor();
    const token = new URL((await copy.getAttribute('data-url'))!).pathname.split('/').pop()!;

    const intro = await stack.http.get(`/api/v1/take/${token}`);
    expect(intro.body.accommodations).toMatchObject({ extraTimePercent: 50, timeLimitMinutes: 60 });
    const started = await stack.http.post(`/api/v1/take/${token}/start`);
    expect(started.status).toBe(200);
    expect(Date.parse(started.body.deadlineAt) - Date.parse(started.body.startedAt)).toBe(60 * 60_000);
    expect((await stack.http.post(`/api/v1/take/${token}/submit`)).status).toBe(202);

    const list = await stack.http.get(`/api/v1/assessments/${assessment.id}/candidates?limit=100`, {
      token: owner.accessToken,
    });
    const row = list.body.items.find((c: { email: string }) => c.email === extraTimeEmail);
    await page.goto(`/app/attempts/${row!.attemptId}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Extra' }).waitFor();
    await page.locator('.meta', { hasText: 'with 50% extra time' }).waitFor();
  });

  it('the audit log: newest first, filter by action and actor, Load more, CSV export', async () => {
    await openPrivacy();
    const rows = page.locator('.audit-table tbody tr');
    await page.locator('.audit-table caption', { hasText: '20 entries shown, more available' }).waitFor();
    await audit('privacy');

    await page.getByLabel('Action').selectOption('invitation.sent');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.audit-table caption', { hasText: '20 entries shown, more available' }).waitFor();
    expect(new Set(await rows.evaluateAll((r) => r.map((e) => e.getAttribute('data-action'))))).toEqual(
      new Set(['invitation.sent']),
    );
    // 24 from the API and 1 from the browser: the second page holds the other 5.
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.locator('.audit-table caption', { hasText: /^25 entries shown$/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await rows.first().innerText()).toContain(owner.email);

    // The actor filter: the owner did all of it; another member did none.
    await page.getByLabel('Actor').selectOption({ label: owner.email });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.audit-table caption', { hasText: '20 entries shown, more available' }).waitFor();

    // A date range before today holds nothing.
    await page.getByLabel('From (UTC)').fill('2020-01-01');
    await page.getByLabel('To (UTC, inclusive)').fill('2020-01-31');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.audit-table caption', { hasText: /^0 entries shown$/ }).waitFor();
    await page.getByLabel('From (UTC)').fill('');
    await page.getByLabel('To (UTC, inclusive)').fill('');
    await page.getByLabel('Actor').selectOption('');
    await page.getByLabel('Action').selectOption('assessment.published');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.locator('.audit-table caption', { hasText: /^1 entry shown$/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('assessment.published');
    expect(csv).not.toContain('invitation.sent');
    expect(download.suggestedFilename()).toBe('audit-log.csv');
  });

  it('erasure requests: a confirmed request is listed with its due date; a legal hold is recorded and lifted', async () => {
    const [candidate] = await inviteCandidates(
      stack.http,
      owner.accessToken,
      assessment.id,
      1,
      'asks-erasure',
    );
    expect((await stack.http.post(`/api/v1/take/${candidate.token}/erasure-request`)).status).toBe(202);
    const message = await mail.waitFor(
      (m) => m.to.includes(candidate.email) && /Confirm the erasure/.test(m.subject),
    );
    const confirmed = await stack.http.post('/api/v1/erasure-requests/confirm', {
      token: tokenFrom(message, '/erasure/confirm'),
    });
    expect(confirmed.status).toBe(200);

    // The owner's notification links to /app/erasure-requests: it opens the privacy page.
    const notice = await mail.waitFor(
      (m) => m.to.includes(owner.email) && /asked for the erasure/.test(m.subject),
    );
    const link = new URL(/https?:\/\/\S+\/app\/erasure-requests/.exec(notice.text)![0]);
    await page.goto(link.pathname);
    await page.getByRole('heading', { level: 1, name: 'Privacy and audit log' }).waitFor();
    const row = page.locator('#erasure-requests tbody tr', { hasText: candidate.email });
    await row.locator('.status', { hasText: 'Scheduled' }).waitFor();
    expect(await row.locator('td').nth(3).innerText()).not.toBe('—');

    // Keyboard: open the hold form, type the reason, submit with Enter.
    await page.getByRole('button', { name: `Record legal hold for ${candidate.email}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Reason for the legal hold').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('text');
    await page.keyboard.type('Claim 2026-117');
    await page.keyboard.press('Enter');
    await row.locator('.status', { hasText: 'Legal hold' }).waitFor();
    await row.getByText('Claim 2026-117').waitFor();
    await audit('legal-hold');
    let listed = await stack.http.get('/api/v1/candidates/erasure-requests', { token: owner.accessToken });
    expect(listed.body.items.find((r: { email: string }) => r.email === candidate.email)).toMatchObject({
      status: 'on_hold',
      legalHold: { reason: 'Claim 2026-117' },
    });

    await page.getByRole('button', { name: `Lift the legal hold for ${candidate.email}` }).click();
    await row.locator('.status', { hasText: 'Scheduled' }).waitFor();
    listed = await stack.http.get('/api/v1/candidates/erasure-requests', { token: owner.accessToken });
    expect(listed.body.items.find((r: { email: string }) => r.email === candidate.email)!.status).toBe(
      'scheduled',
    );
  });

  it('exports a candidate’s data as JSON and erases them after the email is typed again', async () => {
    await openPrivacy();
    await page.getByLabel('Candidate’s email address').fill(extraTimeEmail);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.email).toBe(extraTimeEmail);
    expect(exported.invitations[0].fullName).toBe('Ada Extra');

    await page.getByRole('button', { name: 'Erase…' }).click();
    const erase = page.getByRole('button', { name: 'Erase this candidate’s data' });
    await page.getByLabel('Type the email address again to confirm').fill('someone-else@example.com');
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type the email address again to confirm').fill(extraTimeEmail);
    await audit('erase-confirm');
    await erase.click();
    await page.getByText(`${extraTimeEmail} was erased: 1 invitation(s) and 1 attempt(s)`).waitFor();
    const left = await ds.query(`SELECT count(*)::int AS n FROM candidate_invitations WHERE email = $1`, [
      extraTimeEmail,
    ]);
    expect(left[0].n).toBe(0);
  });

  it('retention: refuses 0 months, saves 12', async () => {
    await openPrivacy();
    const months = page.getByLabel('Keep candidates’ personal data for (months)');
    expect(
      await eventually(
        () => months.inputValue(),
        (v) => v === '24',
      ),
    ).toBe('24');
    await months.fill('0');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await page.getByText('Enter a whole number of months from 1 to 120.').waitFor();
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    await months.fill('12');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await page
      .getByText('Saved: candidates’ personal data is erased 12 months after their last activity.')
      .waitFor();
    const org = await stack.http.get('/api/v1/organization', { token: owner.accessToken });
    expect(org.body.candidateRetentionMonths).toBe(12);
  });

  it('deleting the organization: the slug typed to confirm, 14 days of grace, then cancelled', async () => {
    await openPrivacy();
    const slug = owner.organizationSlug;
    const remove = page.getByRole('button', { name: 'Delete the organization' });
    await page.getByLabel(`Type the organization’s slug, ${slug}, to confirm`).fill('not-it');
    expect(await remove.isDisabled()).toBe(true);
    await page.getByLabel(`Type the organization’s slug, ${slug}, to confirm`).fill(slug);
    const before = Date.now();
    await remove.click();
    await page.getByText('Audit Robotics and everything it holds will be erased on').waitFor();
    const org = await stack.http.get('/api/v1/organization', { token: owner.accessToken });
    const due = Date.parse(org.body.deletionDueAt!);
    expect(due).toBeGreaterThanOrEqual(before + 14 * 24 * 3600_000 - 1000);
    expect(due).toBeLessThanOrEqual(Date.now() + 14 * 24 * 3600_000);
    await audit('deletion-scheduled');

    await page.getByRole('button', { name: 'Cancel the deletion' }).click();
    await page.getByText('Deletion cancelled. Nothing will be erased.').waitFor();
    const after = await stack.http.get('/api/v1/organization', { token: owner.accessToken });
    expect(after.body.deletionDueAt).toBeNull();
  });

  it('a recruiter has no Privacy link and the page tells them it is for owners and admins', async () => {
    const recruiter = await addMember(stack.http, owner, 'recruiter');
    const other = await newContext(stack);
    const p = await other.newPage();
    await signIn(p, recruiter);
    expect(
      await p.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Privacy' }).count(),
    ).toBe(0);
    await p.goto('/app/privacy');
    await p.getByText('Only owners and admins see the audit log and manage candidates’ data.').waitFor();
    expect(await p.locator('.audit-table').count()).toBe(0);
    await other.close();
  });

  it('an admin sees the page but not the organization deletion (owner only)', async () => {
    const admin = await addMember(stack.http, owner, 'admin');
    const other = await newContext(stack);
    const p = await other.newPage();
    await signIn(p, admin);
    await p.goto('/app/privacy');
    await p.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    expect(await p.getByRole('heading', { level: 2, name: 'Delete the organization' }).count()).toBe(0);
    await other.close();
  });

  it('fits 360 px without sideways scrolling', async () => {
    const narrow = await newContext(stack, { width: 360, height: 780 });
    const small = await narrow.newPage();
    await signIn(small, owner);
    await small.goto('/app/privacy');
    await small.locator('.audit-table').waitFor();
    await small.waitForTimeout(300);
    expect(await horizontalOverflow(small)).toBe(0);
    await screenshot(small, 'privacy-360', { viewport: true });
    await narrow.close();
  });

  it('axe-core finds no serious or critical violation on these pages', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBe(5);
  });
});
