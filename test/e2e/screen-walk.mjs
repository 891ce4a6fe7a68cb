/**
 * A walk through every screen of the app with real content in it, shared by the raw-text, screenshot and axe
 * checks. `seedWorkspace` loads the demo companies in the current language (their names and notes are picked
 * in it) and starts an unfinished quick check; `screenPaths` lists every route, sub-route included, that a
 * first-time user can reach; `showScreen` opens one and waits until it has drawn.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundle } from '../support/park-bundles.mjs';

const localesDir = fileURLToPath(new URL('../../src/i18n/locales/zh-CN', import.meta.url));

/** The i18n namespaces, read from the locale folder so a renamed namespace is still recognised in raw keys. */
export const namespaces = readdirSync(localesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

/** Switches the interface language on the Settings screen, the way a user does. */
export async function switchLanguage(page, language) {
  await showScreen(page, '/settings');
  await page.locator(`input[type="radio"][value="${language}"]`).check();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  await page.locator('main[aria-busy="false"] [data-screen-title]').waitFor();
}

/** Pools 24 assessments from other installations into the park view, so its tables have rows. */
export async function seedPark(page) {
  await showScreen(page, '/park');
  const files = Array.from({ length: 24 }, (_, i) => ({
    name: `park-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(bundle(i)),
  }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
  await (await chooser).setFiles(files);
  await page.getByTestId('park-import-report').waitFor();
}

/**
 * Loads the demo companies (in the current language), makes the first sample the active company and starts a
 * quick check for it, left unanswered. Returns the ids the routes need.
 */
export async function seedWorkspace(page) {
  await showScreen(page, '/demo');
  await page.locator('.gz-demo-go').first().click();
  await page.waitForURL(/#\/demo\/tour\/[^/]+\/company$/);
  const sample = /#\/demo\/tour\/([^/]+)\//.exec(page.url())[1];
  const company = `demo-${sample}`;
  await showScreen(page, `/results/company/${company}`);
  await page.locator(`main a[href^="#/results/${company}-"]`).first().waitFor();
  const assessments = await page
    .locator(`main a[href^="#/results/${company}-"]`)
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href').slice('#/results/'.length)))]);
  await showScreen(page, `/assess/company/${company}`);
  await page.locator('[data-framework="quick-check"]').click();
  await page.waitForURL(/#\/assess\/run\/[^/]+$/);
  const run = /#\/assess\/run\/([^/]+)$/.exec(page.url())[1];
  return { sample, company, assessments, run };
}

/**
 * Every screen, with the sub-routes a user reaches from it; "/solutions@1" is the Solutions screen with its
 * second tab open (tabs that are not routes of their own).
 */
export function screenPaths({ sample, company, assessments, run }) {
  const [first, second] = assessments;
  return [
    '/assess',
    '/assess/company/new',
    `/assess/company/${company}`,
    `/assess/company/${company}/edit`,
    `/assess/run/${run}`,
    '/results',
    `/results/company/${company}`,
    ...assessments.map((id) => `/results/${id}`),
    `/results/${first}/report`,
    ...(second ? [`/results/compare/${first}/${second}`] : []),
    '/solutions',
    '/solutions@1',
    '/solutions@2',
    '/inspect',
    '/training',
    '/training/drill',
    '/training/case/battery-pack',
    '/clients',
    '/park',
    '/demo',
    ...['company', 'result', 'roadmap', 'next'].map((step) => `/demo/tour/${sample}/${step}`),
    '/settings',
    '/about',
  ];
}

/** Opens `path` (with "@n": then its n-th tab) and waits until its screen, its data and its charts have drawn. */
export async function showScreen(page, pathWithTab) {
  const [path, tab] = pathWithTab.split('@');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, path);
  const drawn = page.waitForFunction((hash) => {
    const main = document.querySelector('main');
    if (window.location.hash !== `#${hash}` || !main || main.getAttribute('aria-busy') !== 'false') return false;
    if (!main.querySelector('h1')) return false;
    if (main.querySelector('.gz-loading, [data-charts="drawing"]')) return false;
    return document.fonts.status === 'loaded';
  }, path);
  await drawn.catch((error) => {
    throw new Error(`${path} did not finish drawing: ${error.message}`);
  });
  if (tab) {
    await page.locator('main [role="tab"]').nth(Number(tab)).click();
    await page.locator(`main [role="tab"][aria-selected="true"]`).nth(0).waitFor();
    await page.waitForFunction(() => !document.querySelector('main .gz-loading'));
  }
  // Two frames: effects that run after the data arrived (charts, focus) have painted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}
