/**
 * Cold start of the renderer in headless Chromium, median of ctx.runs launches, each with a fresh browser and
 * profile (no HTTP or code cache). Times are from navigation start (performance.timeOrigin):
 * - first_screen_ms: the navigation and the first screen's heading are rendered;
 * - cold_start_ms: first interactive screen: after the first screen shows, a real click on "Settings" in the
 *   navigation has taken effect (the Settings heading is on screen), so the app demonstrably responds.
 * Also the JS gzipped that the index page loads before any lazy chunk (initial_js_gzip_kb), and all JS fetched
 * up to the first screen, lazy chunks included (first_screen_js_gzip_kb).
 */
import { gzipKb, initialScripts } from './initial-js.mjs';
import { median } from './bench-support.mjs';

function watchMilestones() {
  const marks = {};
  window.__gzMarks = marks;
  let firstTitle = null;
  const check = () => {
    const title = document.querySelector('main h1');
    if (!marks.firstScreen && title && document.querySelector('nav a[data-route="settings"]')) {
      marks.firstScreen = performance.now();
      firstTitle = title;
    }
    const settingsCurrent = document.querySelector('nav a[data-route="settings"][aria-current="page"]');
    if (marks.firstScreen && !marks.clickResponded && settingsCurrent && title && title !== firstTitle) {
      marks.clickResponded = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function coldStart(ctx) {
  const browser = await ctx.launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.slice(1));
    });
    await page.addInitScript(watchMilestones);
    await page.goto(`${ctx.url}#/assess`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__gzMarks?.firstScreen !== undefined, null, { polling: 'raf' });
    const firstScreenScripts = [...scripts];
    await page.locator('nav a[data-route="settings"]').click();
    await page.waitForFunction(() => window.__gzMarks?.clickResponded !== undefined, null, { polling: 'raf' });
    const marks = await page.evaluate(() => window.__gzMarks);
    return { firstScreen: marks.firstScreen, interactive: marks.clickResponded, firstScreenScripts };
  } finally {
    await browser.close();
  }
}

export async function run(ctx) {
  const samples = [];
  for (let i = 0; i < ctx.runs; i += 1) samples.push(await coldStart(ctx));
  const initial = initialScripts(ctx.rendererDir);
  const firstScreenScripts = [...new Set(samples[0].firstScreenScripts)];
  return {
    cold_start_ms: Math.round(median(samples.map((sample) => sample.interactive))),
    first_screen_ms: Math.round(median(samples.map((sample) => sample.firstScreen))),
    initial_js_gzip_kb: gzipKb(ctx.rendererDir, initial),
    first_screen_js_gzip_kb: gzipKb(ctx.rendererDir, firstScreenScripts),
  };
}
