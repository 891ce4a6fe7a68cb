// Inspection benchmark (issue 6 targets). Figures:
// - inspect_e2e_wasm_ms / inspect_bare_session_ms / inspect_e2e_over_bare_ratio (target ≤ 1.3): in headless
//   Chromium, in the app's own inspection and model workers (see inspect-pipeline.mjs): per image of a stream of
//   checks run as the folder batch runs them (two in flight; decode → preprocess → model → score → heat map →
//   thumbnail, message passing included), against the bare session.run of the same session (same model, 256×256
//   input, backend and threads: the WASM backend the app picks here); also both ways of running: one image at a
//   time, two in flight. Figures and their history: test/bench/README.md.
// - inspect_node_*: the same engine in Node (CLI path: pure decoders, jpeg-js thumbnails, single-threaded WASM).
// - inspect_batch_longest_task_ms (the web build's figures): longest main-thread task (PerformanceObserver
//   "longtask", which reports only tasks over 50 ms; 0 means none) while the app checks a folder batch of 500
//   generated images in headless Chromium, picked as files from disk through <input type=file>;
//   inspect_batch_queueing_longest_task_ms the same while they are read and queued; inspect_batch_images_per_s from
//   picking to the last result. The one long task left there is Chromium building the FileList of 500 picked files
//   before any app script runs (see test/bench/README.md).
// - inspect_desktop_queue_longest_task_ms / inspect_desktop_batch_longest_task_ms / inspect_desktop_batch_images_per_s:
//   the same batch on the desktop app's path: the renderer on its desktop platform, the preload's DesktopApi played by
//   an in-page stand-in (test/support/fake-desktop-api.mjs: file infos from openFolder, bytes read one readPickedFile
//   per file, each a structured clone arriving in a task of its own), the folder picked with the app's "check a
//   folder" button. The IPC and the main process (dialog, disk) are not measured: the bytes come from page memory.
//   GZ_BENCH_TASKS=1 prints every long task of both runs and traces each from picking to the last result: what ran in
//   each long task (GZ_BENCH_TASK_MS=20: each task over 20 ms), and the longest main-thread tasks of any length while
//   queueing and while checking (long-task-trace.mjs).
// - inspect_page50_of_10000_ms: a filtered page of 50 (project + verdict, newest first) from 10,000 stored results,
//   in Chromium's IndexedDB through the app's compound index; and with Dexie on fake-indexeddb in Node (upper bound).
// - inspect_bytes_per_result: bytes of one stored result (thumbnail + map + fields + its refit copy, if one was
//   kept), the mean over the batch; inspect_bytes_per_result_max the largest; inspect_refit_copy_share the share of
//   results that kept a copy (NG ones and OK ones near the threshold, see src/core/inspection/refit-copy.ts).
// Run alone: npm run bench -- inspect   (ctx.runs samples, medians). The machine's load average is printed with
// the figures: on a shared machine compare ratios measured in the same run.
/* global PerformanceObserver, indexedDB, TextEncoder */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { installFakeDesktopApi, stageFakePick } from '../support/fake-desktop-api.mjs';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { pipelineFigures } from './inspect-pipeline.mjs';
import { describeLongTasks, longestTasksAround, startTrace } from './long-task-trace.mjs';
import { load, median, root } from './bench-support.mjs';

// the figure: a 500-image folder batch (generated parts, written to disk and picked as files, as a user would)
const BATCH = Number(process.env.GZ_BENCH_BATCH ?? 500);

function batchFiles() {
  const dir = join(tmpdir(), `gz-bench-inspect-${BATCH}`);
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: BATCH }, (_, i) => {
    const path = join(dir, `b${i}.png`);
    if (!existsSync(path)) writeFileSync(path, syntheticPartPng(500 + i, i % 5 ? 'none' : 'pit'));
    return path;
  });
}

const round = (v) => Math.round(v * 100) / 100;

async function nodeFigures(runs) {
  const { createNodeFeatureExtractor } = await load('src/inference/node-models.ts');
  const { InspectionEngine } = await load('src/core/inspection/inspection-engine.ts');
  const { decodeImage, toInputTensor } = await load('src/core/vision/index.ts');
  const extractor = await createNodeFeatureExtractor(root);
  const engine = new InspectionEngine(extractor);
  const fit = await engine.fit(
    Array.from({ length: 12 }, (_, i) => syntheticPartPng(100 + i)),
    undefined,
  );
  engine.load('p', fit.model);
  const images = Array.from({ length: Math.max(runs, 5) }, (_, i) => syntheticPartPng(700 + i, i % 2 ? 'pit' : 'none'));
  const e2e = [];
  const bare = [];
  await engine.check('p', images[0], undefined, fit.threshold); // warm-up
  for (const bytes of images) {
    const input = toInputTensor(decodeImage(bytes), extractor.inputSize).data;
    let t = performance.now();
    await extractor.extract(input);
    bare.push(performance.now() - t);
    t = performance.now();
    await engine.check('p', bytes, undefined, fit.threshold);
    e2e.push(performance.now() - t);
  }
  return { e2e: median(e2e), bare: median(bare) };
}

async function dexiePage(runs) {
  const { openDatabase } = await load('src/db/database.ts');
  const { InspectionRepository } = await load('src/db/inspection-repository.ts');
  const db = await openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.inspectionResults.bulkAdd(fakeResults(10_000));
  const repo = new InspectionRepository(db);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const page = await repo.page({ projectId: 'p1', verdict: 'ng' }, 50);
    times.push(performance.now() - t);
    if (page.results.length !== 50) throw new Error('expected a full page');
  }
  db.close();
  return median(times);
}

function fakeResults(n) {
  const thumb = new Uint8Array(6000).fill(7);
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    projectId: `p${i % 3}`,
    checkedAt: 1_750_000_000_000 + i * 1000,
    fileName: `part-${i}.png`,
    source: 'batch',
    verdict: i % 7 === 0 ? 'ng' : 'ok',
    modelVerdict: i % 7 === 0 ? 'ng' : 'ok',
    score: i % 50,
    threshold: 5,
    backend: 'wasm-threads',
    timingMs: 200,
    thumbnail: thumb,
    map: { width: 32, height: 32, low: 0, high: 1, data: new Uint8Array(1024) },
  }));
}

// platform 'web': the web build, files picked through <input type=file> (Chromium builds a FileList);
// 'desktop': the renderer on its desktop platform with the in-page stand-in for the preload
// (test/support/fake-desktop-api.mjs), the batch picked with the "check a folder" button.
async function browserFigures(ctx, platform = 'web') {
  const context = await ctx.browser.newContext({ locale: 'zh-CN' });
  if (platform === 'desktop') await context.addInitScript(installFakeDesktopApi);
  await context.addInitScript(() => {
    window.__longest = 0;
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longest = Math.max(window.__longest, e.duration);
        window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }
    }).observe({ type: 'longtask', buffered: false });
  });
  const page = await context.newPage();
  const png = (name, seed, d = 'none') => ({ name, mimeType: 'image/png', buffer: Buffer.from(syntheticPartPng(seed, d)) });
  const choose = async (name, files) => {
    if (platform === 'desktop') {
      await stageFakePick(
        page,
        files.map((f) => ({
          relativePath: typeof f === 'string' ? basename(f) : f.name,
          bytes: typeof f === 'string' ? readFileSync(f) : f.buffer,
        })),
      );
      await page.getByRole('button', { name }).click();
      return;
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name }).click();
    await (await chooser).setFiles(files);
  };
  try {
    await page.goto(`${ctx.url}#/inspect`);
    await page.locator('[data-backend-choice]').waitFor({ timeout: 60_000 });
    if (platform === 'desktop' && !(await page.evaluate(() => 'gongzhi' in window))) throw new Error('the fake preload API is missing');
    await page.getByLabel('新项目').fill('bench');
    await page.getByRole('button', { name: '新建项目' }).click();
    await choose(
      '选择良品图片…',
      Array.from({ length: 12 }, (_, i) => png(`g${i}.png`, 100 + i)),
    );
    await page.getByText('已从 12 张良品图片学习完成。').waitFor({ timeout: 120_000 });
    await page.getByRole('tab', { name: '检测' }).click();
    const files = batchFiles();
    let pick;
    if (platform === 'desktop') {
      // the folder's bytes go into page memory before measuring (the stand-in for the disk behind main)
      await stageFakePick(
        page,
        files.map((f) => ({ relativePath: basename(f), bytes: readFileSync(f) })),
      );
      pick = () => page.getByRole('button', { name: '检测文件夹…' }).click();
    } else pick = () => choose('检测多张图片…', files);
    // long tasks of the staging above may still be on their way to the observer
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await page.evaluate(() => (window.__longest = 0));
    const trace = process.env.GZ_BENCH_TASKS ? await startTrace(context, page) : undefined;
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await pick();
    // Handing the files over and queueing them (one IndexedDB transaction) is measured apart from checking.
    await page.locator('[data-batch-status="running"]').waitFor({ timeout: 60_000 });
    const queueing = await page.evaluate(() => {
      console.timeStamp('gz-bench-queued');
      const v = window.__longest;
      window.__longest = 0;
      return v;
    });
    await page.locator('[data-batch-status="done"]').waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    if (trace) {
      const events = await trace.stop();
      for (const line of describeLongTasks(events, Number(process.env.GZ_BENCH_TASK_MS ?? 50)))
        console.log(`${platform}: picking, queueing and checking: ${line}`);
      const { before, after } = longestTasksAround(events, 'gz-bench-queued', 5);
      console.log(
        `${platform}: longest main-thread tasks (trace, any length) while picking and queueing: ${before.join(', ')}; while checking: ${after.join(', ')}`,
      );
    }
    const longest = await page.evaluate(() => window.__longest);
    if (process.env.GZ_BENCH_TASKS)
      console.log(
        `${platform}: long tasks [start ms after picking, duration ms]:`,
        JSON.stringify(await page.evaluate((t) => window.__tasks.filter(([s]) => s >= t).map(([s, d]) => [Math.round(s - t), d]), t0)),
      );
    const checked = await page.locator('[data-batch-status="done"] [role="status"]').innerText();
    if (!checked.includes(`${BATCH} / ${BATCH}`)) throw new Error(`${platform}: the batch did not check ${BATCH} images: ${checked}`);
    const figures = { longest, queueing, imagesPerSecond: BATCH / seconds };
    if (platform === 'desktop') {
      // the batch went through the stand-in preload: one folder pick and one read per image
      const counts = await page.evaluate(() => window.__gzFakeDesktop.counts());
      if (counts.openFolder !== 1 || counts.readPickedFile < BATCH)
        throw new Error(`desktop: the app did not read the batch through the preload API: ${JSON.stringify(counts)}`);
      return figures;
    }
    // bytes per stored result and the filtered page query, in the app's own database
    const stats = await page.evaluate(
      async ({ runs }) => {
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('gongzhi');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const all = await new Promise((resolve) => {
          const r = db.transaction('inspectionResults').objectStore('inspectionResults').getAll();
          r.onsuccess = () => resolve(r.result);
        });
        const copies = await new Promise((resolve) => {
          const r = db.transaction('inspectionRefitCopies').objectStore('inspectionRefitCopies').getAll();
          r.onsuccess = () => resolve(new Map(r.result.map((c) => [c.id, c.bytes.byteLength + c.id.length + c.projectId.length])));
        });
        const size = (r) =>
          r.thumbnail.byteLength +
          r.map.data.byteLength +
          new TextEncoder().encode(JSON.stringify({ ...r, thumbnail: undefined, map: { ...r.map, data: undefined } })).length +
          (copies.get(r.id) ?? 0);
        const sizes = all.map(size);
        const bytes = sizes.reduce((s, v) => s + v, 0) / all.length;
        const maxBytes = Math.max(...sizes);
        const copyShare = all.filter((r) => copies.has(r.id)).length / all.length;
        const template = all[0];
        await new Promise((resolve) => {
          const tx = db.transaction('inspectionResults', 'readwrite');
          const store = tx.objectStore('inspectionResults');
          for (let i = 0; i < 10_000; i++)
            store.put({
              ...template,
              id: `bench-${i}`,
              projectId: `bench-${i % 3}`,
              verdict: i % 7 ? 'ok' : 'ng',
              checkedAt: 1_750_000_000_000 + i * 1000,
            });
          tx.oncomplete = resolve;
        });
        const times = [];
        for (let k = 0; k < runs; k++) {
          const t = performance.now();
          const page = await new Promise((resolve) => {
            const out = [];
            const index = db.transaction('inspectionResults').objectStore('inspectionResults').index('[projectId+verdict+checkedAt]');
            const req = index.openCursor(IDBKeyRange.bound(['bench-1', 'ng', 0], ['bench-1', 'ng', Number.MAX_SAFE_INTEGER]), 'prev');
            req.onsuccess = () => {
              const c = req.result;
              if (c && out.length < 50) {
                out.push(c.value);
                c.continue();
              } else resolve(out);
            };
          });
          times.push(performance.now() - t);
          if (page.length !== 50) throw new Error(`page of ${page.length}`);
        }
        db.close();
        times.sort((a, b) => a - b);
        return { bytes, maxBytes, copyShare, page: times[Math.floor(times.length / 2)] };
      },
      { runs: ctx.runs ?? 5 },
    );
    return { ...figures, ...stats };
  } finally {
    await context.close();
  }
}

export async function run(ctx = {}) {
  const runs = ctx.runs ?? 5;
  const loadAvg = () =>
    loadavg()
      .map((v) => v.toFixed(2))
      .join(' ');
  console.log(`inspect: load average before: ${loadAvg()}`);
  const node = await nodeFigures(runs);
  const figures = {
    inspect_node_e2e_wasm_ms: round(node.e2e),
    inspect_node_bare_session_ms: round(node.bare),
    inspect_node_e2e_over_bare_ratio: round(node.e2e / node.bare),
    inspect_page50_of_10000_dexie_node_ms: round(await dexiePage(runs)),
  };
  if (ctx.browser) {
    const p = await pipelineFigures(ctx, { runs: Math.max(12, runs * 4) });
    console.log(
      `inspect: the app's worker ran ${p.backend} with ${p.threads} thread(s); in-worker medians ${JSON.stringify(p.inWorker)}; load average: ${loadAvg()}`,
    );
    // the way the folder batch runs (two in flight), against bare runs timed right after it; one image at a time
    // is timed interleaved with bare runs of its own
    figures.inspect_e2e_wasm_ms = round(p.batchPerImage);
    figures.inspect_bare_session_ms = round(p.bareAfterBatch);
    figures.inspect_e2e_over_bare_ratio = round(p.batchPerImage / p.bareAfterBatch);
    figures.inspect_one_at_a_time_over_bare_ratio = round(p.latency / p.bare);
    figures.inspect_e2e_wasm_one_at_a_time_ms = round(p.latency);
    figures.inspect_e2e_wasm_two_in_flight_ms = round(p.batchPerImage);
    figures.inspect_wasm_threads_count = p.threads;
    const b = await browserFigures(ctx);
    console.log(`inspect: batch of ${BATCH} done; load average: ${loadAvg()}`);
    figures.inspect_batch_longest_task_ms = round(b.longest);
    figures.inspect_batch_queueing_longest_task_ms = round(b.queueing);
    figures.inspect_batch_images_per_s = round(b.imagesPerSecond);
    figures.inspect_page50_of_10000_ms = round(b.page);
    figures.inspect_bytes_per_result = Math.round(b.bytes);
    figures.inspect_bytes_per_result_max = Math.round(b.maxBytes);
    figures.inspect_refit_copy_share = round(b.copyShare);
    const d = await browserFigures(ctx, 'desktop');
    console.log(`inspect: desktop-platform batch of ${BATCH} done; load average: ${loadAvg()}`);
    figures.inspect_desktop_batch_longest_task_ms = round(d.longest);
    figures.inspect_desktop_queue_longest_task_ms = round(d.queueing);
    figures.inspect_desktop_batch_images_per_s = round(d.imagesPerSecond);
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run({ runs: 3 }));
