import { chromium } from 'playwright-core';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { launchOptions } from '../e2e/browser-options.mjs';
const server = await startWebServer({ root: 'out/renderer', port: 0 });
for (let i = 0; i < 3; i++) {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  await page.goto(`${server.url}#/assess`);
  await page.locator('main h1').waitFor();
  const t = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const r = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`);
    return { responseEnd: Math.round(n.responseEnd), domInteractive: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), r, now: Math.round(performance.now()) };
  });
  const t0 = Date.now();
  await page.locator('nav a[data-route="settings"]').click();
  const t1 = Date.now();
  await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
  console.log(JSON.stringify(t), 'click', t1 - t0, 'shown', Date.now() - t0);
  await browser.close();
}
await server.close();
