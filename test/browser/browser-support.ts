/// <reference lib="dom" />
import type { AxeResults } from 'axe-core';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { Http, startWorker, testConfig } from '../support';

/**
 * Browser tests: Debian's chromium driven by playwright-core against the real API (listening on a port),
 * the real worker, PostgreSQL and Redis of the run.
 */

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

export interface WebStack {
  app: NestFastifyApplication;
  worker: INestApplicationContext | null;
  http: Http;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startWebStack(
  options: { worker?: boolean; config?: Record<string, string> } = {},
): Promise<WebStack> {
  const app = await createApiApp(testConfig(options.config));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const worker = options.worker ? await startWorker(options.config) : null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    app,
    worker,
    http: new Http(app),
    baseUrl,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await worker?.close();
      await app.close();
    },
  };
}

/** A context for axe (its script is injected, which the app's CSP rightly refuses) or for the real CSP. */
export function newContext(
  stack: WebStack,
  options: { strictCsp?: boolean; javaScriptEnabled?: boolean; width?: number; height?: number } = {},
): Promise<BrowserContext> {
  return stack.browser.newContext({
    baseURL: stack.baseUrl,
    bypassCSP: !options.strictCsp,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.join(', ')}`);
}

const MAX_FULL_PAGE_HEIGHT = 12_000;

/** The whole page, or (viewport) what is on screen now — narrow pages are too tall to read whole. */
export async function screenshot(
  page: Page,
  name: string,
  options: { viewport?: boolean } = {},
): Promise<void> {
  // Chromium may not capture a very tall page whole within the timeout (a long report with every answer):
  // the screenshot is a record for people, not an assertion, so such a page is taken as on screen.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: !options.viewport && height <= MAX_FULL_PAGE_HEIGHT,
  });
}

/** Whether the page scrolls sideways (it must not, down to 360 px). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Up to three elements that stick out of the page sideways, as `TAG.class`; wide tables scroll inside their own
 * `.table-wrap` (and code, charts and visually hidden text are exempt), so nothing else may.
 */
export function wideElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.table-wrap, pre, svg, .visually-hidden'))
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 3)
      .map((el) => `${el.tagName}.${el.className}`),
  );
}
