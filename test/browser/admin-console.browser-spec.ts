/// <reference lib="dom" />
import type { BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  addMember,
  choiceQuestionBody,
  makePlatformAdmin,
  roleBody,
  signUp,
  uniqueSlug,
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
 * The platform admin's catalog pages in Chromium against the real API (issue 15): archive a role, edit a
 * skill, find, edit and retire a global question with its key and statistics; a member cannot get in.
 * Everything edited is created here, so the shared catalog other files read stays as shipped.
 */
describe('the platform admin pages in a real browser', () => {
  let stack: WebStack;
  let admin: SignedUp;
  let member: SignedUp;
  let adminContext: BrowserContext;
  let page: Page;
  const role = uniqueSlug('browser-role');
  const skill = { slug: uniqueSlug('browser-skill'), name: 'Browser Test Skill' };
  let questionId = '';
  const violations: Record<string, string[]> = {};

  beforeAll(async () => {
    stack = await startWebStack();
    const owner = await signUp(stack.http, { organizationName: 'Admin Console Org' });
    member = await addMember(stack.http, owner, 'recruiter');
    admin = await makePlatformAdmin(
      stack.app,
      await signUp(stack.http, { organizationName: 'Catalog Team' }),
    );
    const as = { token: admin.accessToken };
    expect((await stack.http.post('/api/v1/admin/roles', roleBody(role), as)).status).toBe(201);
    expect((await stack.http.post(`/api/v1/admin/roles/${role}/publish`, undefined, as)).status).toBe(200);
    const created = await stack.http.post(
      '/api/v1/admin/skills',
      { ...skill, category: 'backend', description: 'Created for the admin browser test.' },
      as,
    );
    expect(created.status).toBe(201);
    const question = await stack.http.post(
      '/api/v1/admin/questions',
      choiceQuestionBody({ skill: skill.slug, prompt: 'Which status code means "created"? (admin page)' }),
      as,
    );
    expect(question.status).toBe(201);
    questionId = question.body.id;
    // An assessment uses it, so the edit below must make version 2.
    await stack.app
      .get(DataSource)
      .query(`UPDATE question_versions SET used_at = now() WHERE id = $1`, [question.body.versionId]);
    adminContext = await newContext(stack);
    page = await adminContext.newPage();
    await signIn(page, admin);
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  async function signIn(p: Page, who: SignedUp) {
    await p.goto('/login');
    await p.getByLabel('Email').fill(who.email);
    await p.getByLabel('Password').fill(who.password);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  }

  async function audit(name: string, p: Page = page) {
    violations[name] = await axeViolations(p);
    await screenshot(p, `admin-${name}`);
  }

  it('archives a role: it leaves the public catalog, and can be restored', async () => {
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Platform admin' }).waitFor();
    await audit('overview');
    await page.getByRole('link', { name: `Test Role ${role}` }).click();
    await page.getByRole('heading', { level: 1, name: `Test Role ${role}` }).waitFor();
    expect((await stack.http.get(`/api/v1/roles/${role}`)).status).toBe(200);
    await page.getByRole('button', { name: 'Archive role' }).click();
    await page.getByText('Archived. The role is gone from the public catalog').waitFor();
    await page.getByRole('button', { name: 'Restore role' }).waitFor();
    await audit('role-archived');
    expect((await stack.http.get(`/api/v1/roles/${role}`)).status).toBe(404);
    const admins = await stack.http.get(`/api/v1/admin/roles/${role}`, { token: admin.accessToken });
    expect(admins.body.archived).toBe(true);

    await page.getByRole('link', { name: 'Platform admin' }).click();
    await page.getByRole('row', { name: new RegExp(`Test Role ${role}.*archived`) }).waitFor();
    await page.getByRole('link', { name: `Test Role ${role}` }).click();
    await page.getByRole('button', { name: 'Restore role' }).click();
    await page.getByText('Restored. The published version is back in the public catalog.').waitFor();
    expect((await stack.http.get(`/api/v1/roles/${role}`)).status).toBe(200);
  });

  it('edits a skill, showing the API’s field errors first', async () => {
    await page.getByRole('link', { name: 'Platform admin' }).click();
    await page.getByRole('link', { name: 'Skills', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();
    await page.getByRole('button', { name: `Edit ${skill.name}` }).click();
    const form = page.getByRole('form', { name: `Edit ${skill.name}` });
    await form.getByLabel('Category').fill('Not Kebab');
    await form.getByRole('button', { name: 'Save skill' }).click();
    await form.getByText('category must be kebab-case').waitFor();
    expect(await form.getByLabel('Category').getAttribute('aria-invalid')).toBe('true');
    await audit('skill-error');

    await form.getByLabel('Category').fill('quality');
    await form.getByLabel('Name').fill('Browser Test Skill (renamed)');
    await form.getByLabel('Description').fill('Edited in the admin browser test.');
    await form.getByRole('button', { name: 'Save skill' }).click();
    await page.getByText('Saved Browser Test Skill (renamed).').waitFor();
    await page.getByRole('cell', { name: 'Edited in the admin browser test.' }).waitFor();
    const skills = await stack.http.get('/api/v1/skills');
    expect(skills.body.items.find((s: { slug: string }) => s.slug === skill.slug)).toEqual({
      slug: skill.slug,
      name: 'Browser Test Skill (renamed)',
      category: 'quality',
      description: 'Edited in the admin browser test.',
    });
    await audit('skills');
  });

  it('finds a question by filters, reads its key and statistics, edits it into version 2 and retires it', async () => {
    await page.goto('/app/admin/questions');
    await page.getByRole('heading', { level: 1, name: 'Global questions' }).waitFor();
    await page.getByLabel('Skill').selectOption({ label: 'Browser Test Skill (renamed)' });
    await page.getByLabel('Type').selectOption('single_choice');
    await page.getByLabel('Status').selectOption('active');
    await page.getByText('1 question shown').waitFor();
    await audit('questions');
    await page.getByRole('link', { name: 'Which status code means "created"? (admin page)' }).click();
    await page.getByRole('heading', { level: 1, name: /Single choice question on/ }).waitFor();
    await expect(page.locator('pre.answer-key').innerText()).resolves.toContain('"optionId": "b"');
    await page.getByRole('heading', { name: 'Statistics and flags' }).waitFor();
    await page.getByText('No graded responses yet.').waitFor();
    await audit('question');

    await page.getByRole('button', { name: 'Edit question' }).click();
    const form = page.getByRole('form', { name: 'Question' });
    await form.getByLabel('Difficulty (1–5)').fill('9');
    await form.getByRole('button', { name: 'Save question' }).click();
    await form.locator('.field-error').first().waitFor();
    expect(await form.getByLabel('Difficulty (1–5)').getAttribute('aria-invalid')).toBe('true');
    await audit('question-error');
    await form.getByLabel('Difficulty (1–5)').fill('3');
    await form
      .getByLabel('Prompt (Markdown)')
      .fill('Which status code means "created"? (edited in the browser)');
    await form.getByLabel('Options').fill('a: 200 OK\nb: 201 Created\nc: 202 Accepted');
    await form.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('Saved as version 2; assessments already composed keep version 1.').waitFor();

    await page.getByRole('button', { name: 'Retire question' }).click();
    await page.getByText('Retired: no new assessment draws this question').waitFor();
    await page.getByRole('button', { name: 'Restore question' }).waitFor();
    const read = await stack.http.get(`/api/v1/admin/questions/${questionId}`, { token: admin.accessToken });
    expect(read.body).toMatchObject({
      version: 2,
      status: 'archived',
      difficulty: 3,
      prompt: 'Which status code means "created"? (edited in the browser)',
      options: [
        { id: 'a', text: '200 OK' },
        { id: 'b', text: '201 Created' },
        { id: 'c', text: '202 Accepted' },
      ],
    });

    await page.goto('/app/admin/questions');
    await page.getByLabel('Skill').selectOption({ label: 'Browser Test Skill (renamed)' });
    await page.getByLabel('Status').selectOption('archived');
    await page.getByRole('row', { name: /edited in the browser.*v2.*retired/ }).waitFor();
  });

  it('a member cannot reach the admin pages nor see a global question’s key', async () => {
    const context = await newContext(stack);
    const memberPage = await context.newPage();
    await signIn(memberPage, member);
    expect(await memberPage.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    for (const path of [
      '/app/admin',
      '/app/admin/skills',
      '/app/admin/questions',
      `/app/admin/questions/${questionId}`,
    ]) {
      await memberPage.goto(path);
      await memberPage.getByText('Only platform admins manage the catalog.').waitFor();
      const seen = await memberPage.content();
      expect({
        path,
        key: seen.includes('optionId'),
        prompt: seen.includes('edited in the browser'),
      }).toEqual({
        path,
        key: false,
        prompt: false,
      });
    }
    await audit('member-refused', memberPage);
    await context.close();
  });

  it('is usable at 360 px: no sideways scrolling on the admin pages', async () => {
    const narrow = await newContext(stack, { width: 360, height: 780 });
    const small = await narrow.newPage();
    await signIn(small, admin);
    for (const path of [
      '/app/admin',
      `/app/admin/roles/${role}`,
      '/app/admin/skills',
      '/app/admin/questions',
      `/app/admin/questions/${questionId}`,
      '/app/admin/questions/new',
    ]) {
      await small.goto(path);
      await small.locator('main h1').first().waitFor();
      expect({ path, overflow: await horizontalOverflow(small) }).toEqual({ path, overflow: 0 });
    }
    await narrow.close();
  });

  it('axe-core finds no serious or critical violation on any admin page', () => {
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
    expect(Object.keys(violations).length).toBeGreaterThanOrEqual(8);
  });
});
