/// <reference lib="dom" />
import type { ApiBody } from '../support';
import {
  axeViolations,
  horizontalOverflow,
  newContext,
  screenshot,
  startWebStack,
  type WebStack,
} from './browser-support';

/** The public pages: the catalog and a role page, with and without JavaScript, wide and at 360 px. */
describe('public pages in a real browser', () => {
  let stack: WebStack;
  let role: ApiBody<'/api/v1/roles/{slug}', 'get'>;

  beforeAll(async () => {
    stack = await startWebStack();
    role = (await stack.http.get('/api/v1/roles/back-end-engineer')).body;
  }, 120_000);

  afterAll(() => stack?.close());

  it('reads the role page with JavaScript disabled: title, levels and requirements are in the HTML', async () => {
    const context = await newContext(stack, { javaScriptEnabled: false, strictCsp: true });
    const page = await context.newPage();
    const res = await page.goto('/roles/back-end-engineer');
    expect(res?.status()).toBe(200);
    expect(await page.title()).toBe(`${role.title} — skills, levels and requirements · Assay`);
    expect(await page.locator('h1').innerText()).toBe(role.title);
    const levels = await page.locator('.level-grid h3').allInnerTexts();
    expect(levels).toEqual(
      ['junior', 'mid', 'senior', 'lead'].map((l) => role.levels.find((x) => x.level === l)!.title),
    );
    expect(await page.locator('.requirements tbody tr').count()).toBe(role.requirements.length);
    const first = role.requirements[0];
    const row = page.locator('.requirements tbody tr').first();
    expect(await row.locator('.skill-name').innerText()).toBe(first.skill.name);
    expect(await row.locator('td[data-label="Lead"]').innerText()).toContain(
      String(first.expectedProficiency.lead),
    );
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBeTruthy();
    expect(await page.getByRole('link', { name: 'Create an assessment' }).getAttribute('href')).toBe(
      '/signup?role=back-end-engineer',
    );
    await screenshot(page, 'role-page-no-js');
    await context.close();
  });

  it('runs under the real CSP without a violation (catalog, role page)', async () => {
    const context = await newContext(stack, { strictCsp: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ roles/ })
      .waitFor();
    await page.getByRole('link', { name: role.title }).click();
    await page.waitForURL('**/roles/back-end-engineer');
    await page.getByRole('heading', { level: 2, name: 'Requirements' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('searches and filters the catalog; axe finds nothing serious on the catalog and the role page', async () => {
    const context = await newContext(stack);
    const page = await context.newPage();
    await page.goto('/');
    const count = page.getByRole('status').filter({ hasText: /roles/ });
    await count.filter({ hasText: /^\d+ roles$/ }).waitFor();
    const all = await page.locator('.role-card').count();
    expect(all).toBeGreaterThanOrEqual(10);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'catalog');

    await page.getByLabel('Search roles').fill('data');
    await page.waitForURL(/q=data/);
    await page.waitForFunction((n) => document.querySelectorAll('.role-card').length < n, all);
    const titles = await page.locator('.role-card h2').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((t) => /data/i.test(t))).toBe(true);

    await page.getByLabel('Search roles').fill('');
    const categories = await page.getByLabel('Category').locator('option').allInnerTexts();
    expect(categories.length).toBeGreaterThan(2);
    await page.getByLabel('Category').selectOption(role.category);
    await page.waitForURL(new RegExp(`category=${role.category}`));
    await page.waitForFunction(
      (c) => [...document.querySelectorAll('.role-card .eyebrow')].every((e) => e.textContent === c),
      role.category,
    );
    await page.getByRole('link', { name: role.title }).click();
    await page.getByRole('heading', { level: 1, name: role.title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'role-page');
    await context.close();
  });

  it('has no horizontal scroll at 360 px (catalog, role page)', async () => {
    const context = await newContext(stack, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto('/');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ roles$/ })
      .waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'catalog-360', { viewport: true });
    await page.goto('/roles/back-end-engineer');
    await page.getByRole('heading', { level: 2, name: 'Requirements' }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'role-page-360-top', { viewport: true });
    await page.locator('.requirements tbody tr').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'role-page-360-requirements', { viewport: true });
    await context.close();
  });
});
