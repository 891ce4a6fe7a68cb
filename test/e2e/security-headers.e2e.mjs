import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appOrigin, withApp } from './harness.mjs';

const screens = ['assess', 'results', 'solutions', 'inspect', 'training', 'settings', 'about'];
const required = {
  'content-security-policy': /default-src 'self'.*object-src 'none'/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-embedder-policy': /^require-corp$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'x-content-type-options': /^nosniff$/,
};

test('every app response carries the CSP and isolation headers, and no screen violates the CSP', async (t) => {
  await withApp(t, async ({ page, context }) => {
    const responses = [];
    context.on('response', (response) => {
      if (new URL(response.url()).origin === appOrigin) responses.push(response);
    });
    const consoleViolations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
    });
    // The page loaded before these listeners existed: reload so the document and its first assets count too.
    await page.addInitScript(() => {
      globalThis.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        globalThis.__cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });
    await page.reload();
    const nav = page.getByRole('navigation');
    for (const id of screens) {
      await nav.locator(`a[data-route="${id}"]`).click();
      await page.locator('main h1').waitFor();
    }

    assert.ok(responses.length >= 2, `only ${responses.length} app responses seen`);
    for (const response of responses) {
      const headers = await response.allHeaders();
      for (const [name, pattern] of Object.entries(required)) {
        assert.match(headers[name] ?? '', pattern, `${name} on ${response.url()}`);
      }
    }
    assert.deepEqual(await page.evaluate(() => globalThis.__cspViolations), []);
    assert.deepEqual(consoleViolations, []);
  });
});

test('the local server refuses path traversal and anything but GET/HEAD', async () => {
  const traversal = await fetch(`${appOrigin}/..%2f..%2fpackage.json`);
  assert.equal(traversal.status, 403);
  assert.match(traversal.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.equal((await fetch(`${appOrigin}/`, { method: 'POST', body: 'x' })).status, 405);
  assert.equal((await fetch(`${appOrigin}/assets/does-not-exist.js`)).status, 404);
});
