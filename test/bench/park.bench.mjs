// Park view benchmarks (targets: the park view over 5,000 pooled assessments renders in ≤ 1 s; importing a
// folder of 5,000 bundles takes ≤ 30 s with progress and the UI responsive).
// In Node: reading + validating + scoring + fingerprinting 5,000 bundles, and aggregating them.
// Under `npm run bench`, in the built app in Chromium, the 5,000 files through the import button twice:
// - park_*_chromium_ms: the web build, files picked from disk through <input type=file> (Chromium builds a FileList
//   of 5,000 before any page script runs; GZ_BENCH_PARK_WEB_BUFFERS=1 sets them as buffers instead);
// - park_desktop_*_ms: the desktop app's path, the preload API played by test/support/fake-desktop-api.mjs.
// Each: wall time, the longest gap between animation frames before the progress bar shows (the file hand-over)
// and after (the import), the time from the pick to the bar; then (web) opening the park view over 5,000 rows.
// GZ_BENCH_TASKS=1 traces and names the long tasks; GZ_BENCH_PARK_OLD=<built renderer dir> alternates an old build.
// Figures and what they showed: test/bench/README.md. Run alone (Node figures only): `node test/bench/park.bench.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { installFakeDesktopApi, stageFakePick } from '../support/fake-desktop-api.mjs';
import { load, median } from './bench-support.mjs';
import { describeLongTasks, longestTasksAround, startTrace } from './long-task-trace.mjs';

const COUNT = 5000;

const round = (ms) => Math.round(ms * 10) / 10;

function bundlePaths(texts) {
  const dir = join(tmpdir(), `gz-bench-park-${COUNT}`);
  mkdirSync(dir, { recursive: true });
  return texts.map((text, i) => {
    const path = join(dir, `bundle-${i}.json`);
    writeFileSync(path, text);
    return path;
  });
}

async function bundleTexts() {
  const { findFramework } = await load('src/core/assessment/bundled-frameworks.ts');
  const { quickCheckBundle } = await load('src/core/park/test-support.ts');
  const framework = findFramework('quick-check');
  return Array.from({ length: COUNT }, (_, i) => quickCheckBundle(framework, i));
}

async function benchNode(texts) {
  const { bundledFrameworks } = await load('src/core/assessment/bundled-frameworks.ts');
  const { importBundles } = await load('src/core/park/import-bundles.ts');
  const { aggregatePark } = await load('src/core/park/aggregate.ts');
  const { fileOf } = await load('src/core/park/test-support.ts');
  const files = texts.map((text, i) => fileOf(`bundle-${i}.json`, text));
  let n = 0;
  const start = performance.now();
  const outcome = await importBundles(files, {
    frameworks: bundledFrameworks(),
    known: new Set(),
    importedAt: '2026-11-25T00:00:00.000Z',
    newId: () => `p${n++}`,
  });
  const importMs = performance.now() - start;
  if (outcome.accepted.length !== COUNT) throw new Error(`expected ${COUNT} accepted, got ${outcome.accepted.length}`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const view = aggregatePark(outcome.accepted, 'quick-check');
    times.push(performance.now() - t0);
    if (view.count !== COUNT) throw new Error('aggregate lost rows');
  }
  return { park_import_5000_bundles_node_ms: round(importMs), park_aggregate_5000_node_median_ms: round(median(times)) };
}

// platform 'web': the web build, the 5,000 files set on its <input type=file> (Chromium builds a FileList before
// any page script runs); 'desktop': the renderer on its desktop platform with the in-page stand-in for the preload
// (test/support/fake-desktop-api.mjs): openFiles answers 5,000 file infos and the app reads each file with
// readPickedFile. GZ_BENCH_TASKS=1 traces the pick and the import and prints what ran in each long task.
async function benchBrowser(ctx, texts, platform) {
  const context = await ctx.browser.newContext({ locale: 'zh-CN' });
  if (platform === 'desktop') await context.addInitScript(installFakeDesktopApi);
  const page = await context.newPage();
  const prefix = platform === 'desktop' ? 'park_desktop' : 'park';
  const suffix = platform === 'desktop' ? '' : '_chromium';
  try {
    await page.goto(`${ctx.url}#/park`);
    await page.getByText('还没有园区数据').waitFor();
    if (platform === 'desktop') {
      if (!(await page.evaluate(() => 'gongzhi' in window))) throw new Error('the fake preload API is missing');
      // the files go to the stand-in's "disk" (its worker) before measuring
      await stageFakePick(
        page,
        texts.map((text, i) => ({ relativePath: `bundle-${i}.json`, bytes: Buffer.from(text) })),
      );
    }
    // Watch animation frames for the whole run: every gap between frames, and when the app's import began
    // (the progress bar appears). Gaps before that are the hand-over of the 5,000 picked files into the page.
    await page.evaluate(() => {
      const state = { last: performance.now(), gaps: [], importStart: undefined, pickedAt: undefined, running: true };
      globalThis.__gzFrames = state;
      // the time the callback runs, not rAF's argument: that is the frame's begin time, which can precede a
      // long task that delayed the frame, and would put the freeze in the next gap
      const tick = () => {
        const now = performance.now();
        state.gaps.push({ at: state.last, gap: now - state.last });
        if (state.importStart === undefined && globalThis.document.querySelector('progress')) {
          state.importStart = now;
          console.timeStamp('gz-bench-progress');
        }
        state.last = now;
        if (state.running) globalThis.requestAnimationFrame(tick);
      };
      globalThis.requestAnimationFrame(tick);
    });
    const trace = process.env.GZ_BENCH_TASKS ? await startTrace(context, page) : undefined;
    const markPicked = () => page.evaluate(() => (globalThis.__gzFrames.pickedAt = performance.now()));
    const start = Date.now();
    if (platform === 'desktop') {
      await markPicked();
      await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
    } else {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '导入自评文件或客户文件…' }).click();
      // files on disk, picked by path as a user picks them (Chromium builds the FileList from the paths);
      // GZ_BENCH_PARK_WEB_BUFFERS=1: as in-memory buffers, which Playwright turns into Files in the page
      const files = process.env.GZ_BENCH_PARK_WEB_BUFFERS
        ? texts.map((text, i) => ({ name: `bundle-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(text) }))
        : bundlePaths(texts);
      const picked = await chooser;
      await markPicked();
      await picked.setFiles(files);
    }
    await page.getByText(`导入了 ${COUNT} 份自评，0 份没有导入。`).waitFor({ timeout: 120_000 });
    const importMs = Date.now() - start;
    const frames = await page.evaluate(() => {
      const state = globalThis.__gzFrames;
      state.running = false;
      const during = state.gaps.filter((g) => state.importStart !== undefined && g.at >= state.importStart);
      const before = state.gaps.filter((g) => state.importStart === undefined || g.at < state.importStart);
      return {
        during: Math.max(0, ...during.map((g) => g.gap)),
        before: Math.max(0, ...before.map((g) => g.gap)),
        toProgress: state.importStart === undefined ? NaN : state.importStart - state.pickedAt,
        long: state.gaps.filter((g) => g.gap > 100).map((g) => [Math.round(g.at - state.pickedAt), Math.round(g.gap)]),
        importStart: state.importStart - state.pickedAt,
      };
    });
    if (process.env.GZ_BENCH_TASKS)
      console.log(
        `park ${platform}: frame gaps over 100 ms [start ms after picking, gap ms]: ${JSON.stringify(frames.long)}; progress bar at ${Math.round(frames.importStart)} ms`,
      );
    if (trace) {
      const events = await trace.stop();
      for (const line of describeLongTasks(events, Number(process.env.GZ_BENCH_TASK_MS ?? 50))) console.log(`park ${platform}: ${line}`);
      const { before, after } = longestTasksAround(events, 'gz-bench-progress', 5);
      console.log(
        `park ${platform}: longest main-thread tasks (trace, any length) before the progress bar: ${before.join(', ')}; during the import: ${after.join(', ')}`,
      );
    }
    const figures = {
      [`${prefix}_import_5000_bundles${suffix}_ms`]: importMs,
      [`${prefix}_import_longest_frame${suffix}_ms`]: round(frames.during),
      [`${prefix}_file_handoff_longest_frame${suffix}_ms`]: round(frames.before),
      [`${prefix}_pick_to_progress${suffix}_ms`]: round(frames.toProgress),
    };
    if (platform === 'desktop') {
      // the import went through the stand-in preload: one pick and one read per file
      const counts = await page.evaluate(() => window.__gzFakeDesktop.counts());
      if (counts.openFiles !== 1 || counts.readPickedFile < COUNT)
        throw new Error(`desktop: the app did not read the files through the preload API: ${JSON.stringify(counts)}`);
      return figures;
    }

    const renders = [];
    for (let i = 0; i < Math.max(3, ctx.runs); i++) {
      await page.evaluate(() => {
        globalThis.location.hash = '/about';
      });
      await page.getByRole('heading', { name: '关于' }).first().waitFor();
      renders.push(
        await page.evaluate(
          (count) =>
            new Promise((resolve) => {
              const start = performance.now();
              globalThis.location.hash = '/park';
              const check = () => {
                const heading = [...globalThis.document.querySelectorAll('h2')].some((h) => h.textContent?.startsWith(`${count} 份自评`));
                if (heading && globalThis.document.querySelector('table[aria-label="按企业规模"] tbody tr'))
                  resolve(performance.now() - start);
                else globalThis.requestAnimationFrame(check);
              };
              check();
            }),
          COUNT,
        ),
      );
    }
    return { ...figures, park_view_5000_render_chromium_median_ms: round(median(renders)) };
  } finally {
    await context.close();
  }
}

export async function run(ctx) {
  const texts = await bundleTexts();
  const node = await benchNode(texts);
  if (!ctx?.browser || !ctx.url) return node;
  const loadAvg = () =>
    loadavg()
      .map((v) => v.toFixed(2))
      .join(' ');
  console.log(`park: load average before: ${loadAvg()}`);
  // GZ_BENCH_PARK_OLD=<a built renderer folder>: the same runs on that build too, alternating old and new, printed
  const oldDir = process.env.GZ_BENCH_PARK_OLD;
  const old = oldDir ? await startWebServer({ root: oldDir, port: 0 }) : undefined;
  try {
    const figures = {};
    for (const platform of ['web', 'desktop']) {
      if (old) console.log(`park: OLD build (${oldDir}):`, await benchBrowser({ ...ctx, url: old.url }, texts, platform));
      Object.assign(figures, await benchBrowser(ctx, texts, platform));
    }
    console.log(`park: load average after: ${loadAvg()}`);
    return { ...node, ...figures };
  } finally {
    await old?.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await run(undefined));
}
