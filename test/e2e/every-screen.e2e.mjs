/**
 * A first-time walk through every screen, with the demo companies loaded: no raw i18n key, raw id, long decimal
 * or untranslated text in any language; no horizontal overflow at 1366×768 and 1920×1080 (screenshots of each
 * screen land in test-results/screens/ to be looked at); no axe-core violation. One browser context per test,
 * one page reused across screens, so the walk stays quick on a 2-core CI machine.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { withApp } from './harness.mjs';
import { findHorizontalOverflow, findRawText } from './screen-checks.mjs';
import { namespaces, screenPaths, seedPark, seedWorkspace, showScreen, switchLanguage } from './screen-walk.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shotsDir = join(process.env.GZ_E2E_RESULTS ?? 'test-results', 'screens');

/** Names and abbreviations that stay in Latin letters in the Chinese interface too. */
const allowedWords = [
  'OK',
  'NG',
  'CSV',
  'JSON',
  'PDF',
  'Excel',
  'XLSX',
  'WebGPU',
  'WebAssembly',
  'WASM',
  'ONNX',
  'ERP',
  'MES',
  'SaaS',
  'AI',
  'Gongzhi',
  'GB',
  'ms',
  'IT',
  'Wi',
  'Fi',
  'SIMD',
  // Trade acronyms the frameworks' guidance uses as workshops say them ("上一套 SaaS CRM", "OPC UA 接口").
  'CRM',
  'OPC',
  'UA',
];

const fileName = (path) => path.replace(/^\//, '').replace(/[^\w@-]+/g, '_') || 'home';

test('no screen shows a raw key, a raw id, a long decimal or untranslated text, in zh-CN, en and zh-TW', async (t) => {
  await withApp(t, async ({ page }) => {
    const findings = [];
    await seedPark(page);
    for (const language of ['zh-CN', 'en', 'zh-TW']) {
      await switchLanguage(page, language);
      const ids = await seedWorkspace(page);
      for (const path of screenPaths(ids)) {
        await showScreen(page, path);
        for (const finding of await page.evaluate(findRawText, { namespaces, allowedWords }))
          findings.push(`${language} ${path}: ${finding}`);
      }
    }
    assert.deepEqual(findings, []);
  });
});

// One test per language and screen size, so each stays well inside the runner's per-test time limit on CI.
for (const language of ['zh-CN', 'en']) {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`every screen fits the width of a ${viewport.width}×${viewport.height} screen in ${language} (screenshots in test-results/screens)`, async (t) => {
      mkdirSync(shotsDir, { recursive: true });
      await withApp(
        t,
        async ({ page }) => {
          const findings = [];
          await seedPark(page);
          await switchLanguage(page, language);
          const ids = await seedWorkspace(page);
          for (const path of screenPaths(ids)) {
            await showScreen(page, path);
            for (const finding of await page.evaluate(findHorizontalOverflow)) findings.push(`${path}: ${finding}`);
            // The screen scrolls inside <main>, so a full-page shot would stop at the fold: grow the window instead.
            const height = await page.evaluate(() => {
              const main = document.querySelector('main');
              return Math.min(9000, Math.ceil(main.getBoundingClientRect().top + main.scrollHeight));
            });
            if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
            await page.screenshot({
              path: join(
                shotsDir,
                `${language}-${viewport.width}-${fileName(path.replace(ids.company, 'company').replace(ids.run, 'run'))}.png`,
              ),
            });
            if (height > viewport.height) await page.setViewportSize(viewport);
          }
          assert.deepEqual(findings, []);
        },
        { viewport },
      );
    });
  }
}

test('axe-core finds no accessibility violation on any screen', async (t) => {
  await withApp(
    t,
    async ({ page }) => {
      await seedPark(page);
      const ids = await seedWorkspace(page);
      const findings = [];
      for (const path of screenPaths(ids)) {
        await showScreen(page, path);
        // The app's CSP refuses inline scripts (addScriptTag), so axe is evaluated through the DevTools protocol.
        if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(', ')}`,
          );
        });
        for (const violation of violations) findings.push(`${path}: ${violation}`);
      }
      assert.deepEqual(findings, []);
    },
    { viewport: { width: 1366, height: 768 } },
  );
});
