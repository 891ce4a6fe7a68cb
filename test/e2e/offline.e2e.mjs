import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appOrigin, isLocal, withApp } from './harness.mjs';

test('no request ever leaves the app origin while every screen is visited', async (t) => {
  await withApp(t, async ({ page, requests, pageErrors }) => {
    const nav = page.getByRole('navigation');
    await nav.locator('a[data-route]').first().waitFor();
    const screens = await nav.locator('a[data-route]').evaluateAll((links) => links.map((link) => link.dataset.route));
    assert.ok(screens.length >= 7, `only ${screens.length} screens in the navigation`);
    for (const id of screens) {
      await nav.locator(`a[data-route="${id}"]`).click();
      await nav.locator(`a[data-route="${id}"][aria-current="page"]`).waitFor();
      // The previous screen stays until the next one's code is in; aria-busy says when it is.
      await page.locator('main[aria-busy="false"] h1').waitFor();
    }
    await page.locator('[data-backend="webgpu"]').waitFor();
    await page.getByTestId('company-switcher').click();
    await page.getByRole('dialog').getByRole('searchbox').fill('测试');
    await page.keyboard.press('Escape');

    // The recorder must also see what workers fetch, or the check above would prove nothing about them.
    const probe = `${appOrigin}/worker-probe.txt?from=worker`;
    await page.evaluate(async (url) => {
      const source = `fetch(${JSON.stringify(url)}).finally(() => postMessage('done'));`;
      const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
      await new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
      worker.terminate();
    }, probe);
    assert.ok(requests.includes(probe), 'the request recorder missed a worker fetch');

    assert.ok(requests.length > 10, `only ${requests.length} requests recorded`);
    assert.deepEqual(
      requests.filter((url) => !isLocal(url)),
      [],
    );
    assert.deepEqual(pageErrors.map(String), []);
  });
});

test('the served app is cross-origin isolated, so WASM threads can run', async (t) => {
  await withApp(t, async ({ page }) => {
    await page.getByRole('navigation').waitFor();
    assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), true);
    assert.equal(await page.evaluate(() => typeof SharedArrayBuffer), 'function');
  });
});
