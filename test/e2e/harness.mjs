/**
 * What an e2e test file needs: `withApp(t, async ({ page, requests, appOrigin }) => …)` opens the served app in
 * a fresh browser context (own storage, own IndexedDB), records every request the page and its workers make,
 * saves a screenshot into test-results/ when the test fails, and closes the context.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

const appUrl = process.env.GZ_E2E_URL;
const wsEndpoint = process.env.GZ_E2E_WS;
const resultsDir = process.env.GZ_E2E_RESULTS ?? 'test-results';
if (!appUrl || !wsEndpoint) throw new Error('run the e2e tests through test/e2e/run-e2e.mjs (npm run test:e2e)');

export const appOrigin = new URL(appUrl).origin;

let browserPromise;
function browser() {
  browserPromise ??= chromium.connect(wsEndpoint);
  return browserPromise;
}

// The open connection would keep this test process alive after its last test.
after(async () => {
  if (browserPromise) await (await browserPromise).close();
});

/** Every URL requested by pages, workers and service workers of the context, in order. */
function recordRequests(context, page) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  page.on('worker', (worker) => urls.push(worker.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return urls;
}

function fileSafe(name) {
  return name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
}

/** Opens the app at `path` ("#/settings" style hash path) and runs `body`. */
export async function withApp(t, body, { path = '/', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await (await browser()).newContext({ viewport, locale: 'zh-CN' });
  const page = await context.newPage();
  const requests = recordRequests(context, page);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  try {
    await page.goto(`${appUrl}#${path}`);
    await body({ page, context, requests, pageErrors, appUrl });
  } catch (error) {
    mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: join(resultsDir, `${fileSafe(t.fullName ?? t.name)}.png`), fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

export function isLocal(url, origin = appOrigin) {
  return url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') || new URL(url).origin === origin;
}

/**
 * Waits until `locator` matches exactly `expected` elements, then asserts it. A plain `count()` right after a click
 * or a keystroke reads the page before React has redrawn it (the CI flakes of stops 10 and 11); this polls instead.
 */
export async function expectCount(locator, expected, message, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let actual = await locator.count();
  while (actual !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    actual = await locator.count();
  }
  if (actual !== expected) throw new Error(`${message ?? locator.toString()}: expected ${expected} elements, found ${actual}`);
}
