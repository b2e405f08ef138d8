/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  eventually,
  inviteCandidates,
  type KeyedAssessment,
  type KeyedQuestion,
  publishAssessmentOf,
  signUp,
  type SignedUp,
  type TakeQuestion,
} from '../support';
import {
  axeViolations,
  horizontalOverflow,
  newContext,
  screenshot,
  startWebStack,
  type WebStack,
} from './browser-support';

const TYPES = ['single_choice', 'multiple_choice', 'numeric', 'short_text', 'code', 'sql'];

/**
 * A candidate takes a whole assessment in Chromium: every question type, Run examples (wrong, then right),
 * a reload mid-way, a save made offline, submit, and the attempt graded by the real worker.
 */
describe('candidate takes an assessment in a real browser', () => {
  let stack: WebStack;
  let ds: DataSource;
  let org: SignedUp;
  let assessment: KeyedAssessment;
  let byId: Map<string, KeyedQuestion>;

  beforeAll(async () => {
    stack = await startWebStack({ worker: true });
    ds = stack.app.get(DataSource);
    org = await signUp(stack.http, { organizationName: 'Acme Robotics' });
    assessment = await publishAssessmentOf(stack.http, org.accessToken, (sql, p) => ds.query(sql, p), TYPES);
    byId = new Map(assessment.questions.map((q) => [q.id, q]));
  }, 180_000);

  afterAll(() => stack?.close());

  async function invite(tag: string) {
    const [candidate] = await inviteCandidates(stack.http, org.accessToken, assessment.id, 1, tag);
    return candidate;
  }

  const optionText = (q: TakeQuestion, id: string) => q.options!.find((o) => o.id === id)!.text;

  async function setEditor(page: Page, label: string, text: string) {
    const editor = page.getByLabel(label);
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
  }

  async function editorText(page: Page, label: string): Promise<string> {
    return page.getByLabel(label).evaluate((el) => (el as HTMLElement).innerText);
  }

  const squash = (s: string) => s.replace(/\s+/g, '');

  async function waitSaved(page: Page) {
    await page.locator('.save-status[data-pending="0"]', { hasText: 'All answers saved' }).waitFor();
  }

  /**
   * Presses a Run button and waits for `expected`. When every worker is busy the page says so and the
   * candidate presses Run again; so does this (at most three times), and any other message fails at once.
   */
  async function run(page: Page, button: string, expected: Locator) {
    const busy = page.locator('.run-output .field-error', { hasText: 'busy right now' });
    for (let attempt = 1; ; attempt++) {
      await page.getByRole('button', { name: button }).click();
      await expected.or(page.locator('.run-output .field-error')).first().waitFor();
      if (await expected.isVisible()) return;
      const message = await page.locator('.run-output .field-error').innerText();
      if (!(await busy.isVisible()) || attempt === 3) throw new Error(`${button}: ${message}`);
      await page.getByRole('button', { name: button, disabled: false }).waitFor();
    }
  }

  /** Answers through the controls a person uses; short text gets a draft first (corrected offline later). */
  async function answer(page: Page, q: TakeQuestion) {
    const key = byId.get(q.id)!.answerKey;
    switch (q.type) {
      case 'single_choice':
        await page.getByLabel(optionText(q, key.optionId!), { exact: true }).check();
        break;
      case 'multiple_choice':
        for (const id of key.optionIds!) await page.getByLabel(optionText(q, id), { exact: true }).check();
        break;
      case 'numeric':
        await page.getByLabel('Your answer (a number)').fill(String(key.value));
        break;
      case 'short_text':
        await page.getByLabel('Your answer').fill('a first draft');
        break;
      case 'code': {
        await setEditor(page, 'Code editor', `function ${q.functionName}() {\n  return null;\n}`);
        await run(
          page,
          'Run examples',
          page.locator('.run-result h3', { hasText: /^Examples: 0 of \d+ passed$/ }),
        );
        expect(await page.locator('.examples li').count()).toBeGreaterThan(0);
        await setEditor(page, 'Code editor', key.referenceSolution!.code);
        // The language switch: the same solution is valid TypeScript.
        if (q.languages!.includes('typescript')) await page.getByLabel('Language').selectOption('typescript');
        await run(
          page,
          'Run examples',
          page.locator('.run-pass h3', { hasText: /^Examples: (\d+) of \1 passed$/ }),
        );
        break;
      }
      case 'sql':
        await expect(page.locator('details.schema pre').innerText()).resolves.toContain('CREATE TABLE');
        await setEditor(page, 'SQL editor', key.expectedQuery!);
        await run(page, 'Run query', page.locator('.run-result h3', { hasText: /rows?/ }));
        expect(await page.locator('.run-result table tbody tr').count()).toBeGreaterThan(0);
        break;
    }
    await waitSaved(page);
  }

  /** What the page shows as the answer of the current question matches what was given. */
  async function expectShown(page: Page, q: TakeQuestion) {
    const key = byId.get(q.id)!.answerKey;
    switch (q.type) {
      case 'single_choice':
        expect(await page.getByLabel(optionText(q, key.optionId!), { exact: true }).isChecked()).toBe(true);
        break;
      case 'multiple_choice':
        for (const id of key.optionIds!) {
          expect(await page.getByLabel(optionText(q, id), { exact: true }).isChecked()).toBe(true);
        }
        break;
      case 'numeric':
        expect(Number(await page.getByLabel('Your answer (a number)').inputValue())).toBe(key.value);
        break;
      case 'short_text':
        expect(await page.getByLabel('Your answer').inputValue()).toBe('a first draft');
        break;
      case 'code':
        expect(squash(await editorText(page, 'Code editor'))).toBe(squash(key.referenceSolution!.code));
        if (q.languages!.includes('typescript')) {
          expect(await page.getByLabel('Language').inputValue()).toBe('typescript');
        }
        break;
      case 'sql':
        expect(squash(await editorText(page, 'SQL editor'))).toBe(squash(key.expectedQuery!));
        break;
    }
  }

  const heading = (page: Page, position: number) =>
    page.getByRole('heading', { level: 1, name: `Question ${position}`, exact: true });

  it('takes the whole assessment: every type, Run examples, reload, offline save, submit, graded', async () => {
    const candidate = await invite('browser');
    const context = await newContext(stack);
    const page = await context.newPage();

    await page.goto(`/take/${candidate.token}`);
    await page.getByRole('heading', { level: 1, name: assessment.title }).waitFor();
    await expect(page.getByText('Acme Robotics invites you to an assessment').count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'What is recorded' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'take-intro');

    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await heading(page, 1).waitFor();
    const started = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    const questions = started.questions;
    expect(questions.map((q) => q.type).sort()).toEqual([...TYPES].sort());
    const reloadAt = Math.floor(questions.length / 2);

    for (let i = 0; i < questions.length; i++) {
      const q = questions[i];
      await heading(page, q.position).waitFor();
      await answer(page, q);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `take-question-${q.type}`);

      if (i === reloadAt) {
        // A reload resumes at the same question with every answer given so far.
        await page.reload();
        await heading(page, q.position).waitFor();
        for (const earlier of questions.slice(0, i + 1)) {
          const button = page.getByRole('button', { name: `Question ${earlier.position}, answered` });
          await button.click();
          await heading(page, earlier.position).waitFor();
          await expectShown(page, earlier);
        }
        await page.getByRole('button', { name: new RegExp(`^Question ${q.position},`) }).click();
        await heading(page, q.position).waitFor();
      }
      if (i < questions.length - 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }

    // Proctoring signals, as the browser would fire them.
    await page.evaluate(() => {
      document.dispatchEvent(new Event('copy'));
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: new DataTransfer() }));
      window.dispatchEvent(new Event('blur'));
      document.dispatchEvent(new Event('fullscreenchange')); // not in full screen any more
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });

    // Offline: the change waits on the device and is sent when the network is back.
    const shortText = questions.find((q) => q.type === 'short_text')!;
    const accepted = byId.get(shortText.id)!.answerKey.accepted![0];
    await page.getByRole('button', { name: new RegExp(`^Question ${shortText.position},`) }).click();
    await heading(page, shortText.position).waitFor();
    await context.setOffline(true);
    await page.getByLabel('Your answer').fill(accepted);
    await page.locator('.save-status', { hasText: 'Offline — 1 answer waiting to be saved' }).waitFor();
    await screenshot(page, 'take-offline');
    let server = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    expect(server.answers.find((a) => a.questionId === shortText.id)!.response).toEqual({
      text: 'a first draft',
    });
    await context.setOffline(false);
    await waitSaved(page);
    server = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    expect(server.answers.find((a) => a.questionId === shortText.id)!.response).toEqual({
      text: accepted,
    });

    // Submit, confirming.
    await page.getByRole('button', { name: 'Submit…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your assessment?' });
    await dialog.waitFor();
    await expect(dialog.getByText('Every question has an answer.').count()).resolves.toBe(1);
    await screenshot(page, 'take-submit-dialog', { viewport: true });
    await dialog.getByRole('button', { name: 'Submit now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your assessment has been submitted' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'take-submitted');

    // A reload shows the submitted page, with no Start.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your assessment has been submitted' }).waitFor();
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);

    const [{ id: attemptId }] = await ds.query(`SELECT id FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    const report = await eventually(
      async () => (await stack.http.get(`/api/v1/attempts/${attemptId}`, { token: org.accessToken })).body,
      (r) => r.status === 'graded',
      60_000,
      250,
    );
    expect(report.answers.map((a) => [a.type, a.verdict]).sort()).toEqual(
      questions.map((q) => [q.type, q.type === 'code' || q.type === 'sql' ? 'accepted' : 'correct']).sort(),
    );
    expect(report.score).toBe(report.maxScore);
    const events = await ds.query<{ type: string }[]>(
      `SELECT type FROM proctoring_events WHERE attempt_id = $1`,
      [attemptId],
    );
    for (const type of ['copy', 'paste', 'focus_lost', 'fullscreen_exit', 'tab_hidden', 'viewed']) {
      expect(events.map((e) => e.type)).toContain(type);
    }
    await context.close();
  });

  it('resumes in a second tab at the same question, with the answers and the same timer', async () => {
    const candidate = await invite('tabs');
    const context = await newContext(stack);
    const first = await context.newPage();
    await first.goto(`/take/${candidate.token}`);
    await first.getByRole('button', { name: 'Start the assessment' }).click();
    await heading(first, 1).waitFor();
    const started = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    const [q1, q2] = started.questions;
    await answer(first, q1);
    await first.getByRole('button', { name: 'Next', exact: true }).click();
    await heading(first, q2.position).waitFor();

    const second = await context.newPage();
    await second.goto(`/take/${candidate.token}`);
    await heading(second, q2.position).waitFor();
    await second.getByRole('button', { name: `Question ${q1.position}, answered` }).click();
    await heading(second, q1.position).waitFor();
    await expectShown(second, q1);
    const seconds = async (page: Page) => {
      const [m, s] = (await page.locator('.countdown time').innerText()).split(':').map(Number);
      return m * 60 + s;
    };
    expect(Math.abs((await seconds(first)) - (await seconds(second)))).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('works by keyboard alone: skip link, start, choosing, moving on, leaving the code editor with Tab', async () => {
    const candidate = await invite('keyboard');
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto(`/take/${candidate.token}`);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // Tab until Start has focus, then Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start the assessment') break;
    }
    await page.keyboard.press('Enter');
    await heading(page, 1).waitFor();
    const started = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    const focusIn = (selector: string) =>
      page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);

    // Flag the first question for review.
    await page.getByRole('button', { name: 'Flag for review', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(
      await page.getByRole('button', { name: 'Flag for review', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.getByRole('button', { name: /^Question 1, .*flagged for review$/ }).count()).toBe(1);

    for (const q of started.questions) {
      await heading(page, q.position).waitFor();
      if (q.type === 'single_choice') {
        await page.getByLabel(q.options![0].text, { exact: true }).focus();
        await page.keyboard.press('ArrowDown');
        expect(await page.getByLabel(q.options![1].text, { exact: true }).isChecked()).toBe(true);
      }
      if (q.type === 'code') {
        await page.getByLabel('Code editor').focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('// typed by keyboard');
        await page.keyboard.press('Tab');
        expect(await focusIn('.cm-editor')).toBe(false);
        expect(await editorText(page, 'Code editor')).toContain('// typed by keyboard');
      }
      if (q.position < started.questions.length) {
        await page.getByRole('button', { name: 'Next', exact: true }).focus();
        await page.keyboard.press('Enter');
        // Focus moves to the new question's heading, so reading starts there.
        await heading(page, q.position + 1).waitFor();
        // The heading takes focus in an effect after it renders: wait for that before checking it.
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      }
    }
    await waitSaved(page);

    // Submitting asks first and lists what is not answered.
    await page.getByRole('button', { name: 'Review and submit' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Submit your assessment?' });
    await dialog.waitFor();
    const unanswered = started.questions
      .filter((q) => q.type !== 'single_choice' && q.type !== 'code')
      .map((q) => `Question ${q.position}`);
    expect(await dialog.locator('.unanswered-list li').allInnerTexts()).toEqual(unanswered);
    await expect(dialog.getByText('1 flagged for review.').count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'take-submit-dialog-unanswered', { viewport: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('explains an expired link and an invalid one (no Start, no JSON)', async () => {
    const candidate = await invite('expired');
    await ds.query(`UPDATE candidate_invitations SET expires_at = now() - interval '1 hour' WHERE id = $1`, [
      candidate.invitationId,
    ]);
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto(`/take/${candidate.token}`);
    await page.getByRole('heading', { level: 1, name: 'This invitation has expired' }).waitFor();
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'take-expired');

    await page.goto('/take/not-a-real-token');
    await page.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
    await context.close();
  });

  it('is usable at 360 px: intro and every question type without horizontal scroll', async () => {
    const candidate = await invite('narrow');
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto(`/take/${candidate.token}`);
    await page.getByRole('button', { name: 'Start the assessment' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'take-intro-360', { viewport: true });
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const started = (await stack.http.post(`/api/v1/take/${candidate.token}/start`)).body;
    for (const q of started.questions) {
      await page.getByRole('button', { name: new RegExp(`^Question ${q.position},`) }).click();
      await heading(page, q.position).waitFor();
      expect(await horizontalOverflow(page)).toBe(0);
      await heading(page, q.position).scrollIntoViewIfNeeded();
      await screenshot(page, `take-question-${q.type}-360`, { viewport: true });
    }
    await context.close();
  });

  it('warns in the last minute and submits by itself at the deadline', async () => {
    const candidate = await invite('deadline');
    expect((await stack.http.post(`/api/v1/take/${candidate.token}/start`)).status).toBe(200);
    await ds.query(
      `UPDATE attempts SET deadline_at = now() + interval '6 seconds' WHERE invitation_id = $1`,
      [candidate.invitationId],
    );
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto(`/take/${candidate.token}`);
    await page.locator('.banner-warning', { hasText: '1 minute left' }).waitFor();
    await screenshot(page, 'take-last-minute', { viewport: true });
    await page
      .getByRole('heading', { level: 1, name: 'Your assessment has been submitted' })
      .waitFor({ timeout: 20_000 });
    await expect(
      page.getByText('Time was up, so your answers were submitted automatically.').count(),
    ).resolves.toBe(1);
    const [attempt] = await ds.query(`SELECT status FROM attempts WHERE invitation_id = $1`, [
      candidate.invitationId,
    ]);
    expect(attempt.status).not.toBe('in_progress');
    await context.close();
  });
});
