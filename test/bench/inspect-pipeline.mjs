// End-to-end time per image against the bare model run, both measured in headless Chromium inside the app's
// own inspection worker (the built bundle) and the model worker it starts, so the two figures share the model,
// the 256×256 input, the backend and the thread count that the app picks on this machine:
// - bare: session.run on one image's input tensor, timed inside the model worker around the run alone
//   (InspectionEngine.timeModel → RemoteFeatureExtractor.timeRuns), after a warm-up run;
// - end to end: the page posts the image bytes (transferred); the inspection worker decodes, preprocesses and
//   hands the input tensor to the model worker, which runs the session and hands the output maps back; the
//   inspection worker pools them onto the scoring grid, scores, types the defect, builds the quantised heat map
//   and the JPEG thumbnail and posts the result back; timed in the page from posting to receiving the result,
//   message passing included. Nothing of a check happens outside that window.
//   "batchPerImage" keeps two checks in flight as the folder batch does (the wall time of the stream divided by
//   its images: while the model runs one image, the inspection worker scores the one before and decodes the
//   one after); "latency" waits for each result before posting the next (a single check), interleaved with
//   bare runs. "inWorker" gives the stages' medians as the engine timed them in the one-at-a-time runs
//   (CheckTiming: decode, preprocess, model = sending to the model worker until its outputs are back,
//   features, score, waiting for the thumbnail, total).
/* global atob */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';

const b64 = (bytes) => Buffer.from(bytes).toString('base64');

export async function pipelineFigures(ctx, { images = 24, runs = 24 } = {}) {
  const workerFile = readdirSync(join(ctx.rendererDir, 'assets')).find((n) => /^inspection\.worker-.*\.js$/.test(n));
  if (!workerFile) throw new Error('no inspection worker in the build');
  const context = await ctx.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${ctx.url}#/about`);
    const good = Array.from({ length: 12 }, (_, i) => b64(syntheticPartPng(100 + i)));
    const probes = Array.from({ length: images }, (_, i) => b64(syntheticPartPng(700 + i, i % 4 ? 'none' : 'pit')));
    return await page.evaluate(
      async ({ workerUrl, good, probes, runs }) => {
        const bytesOf = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0)).buffer;
        const worker = new Worker(workerUrl, { type: 'module' });
        // The app's worker transport (src/shared/worker-transport.ts) is comlink: speak its wire format directly
        // (APPLY a handler with raw arguments; a RAW reply or a thrown HANDLER value), so the page adds nothing.
        let nextId = 1;
        const pending = new Map();
        worker.onmessage = ({ data }) => {
          const p = pending.get(data.id);
          if (!p) return;
          pending.delete(data.id);
          if (data.type === 'HANDLER') p.reject(new Error(JSON.stringify(data.value)));
          else p.resolve(data.value);
        };
        const request = (method, args, transfer = []) =>
          new Promise((resolve, reject) => {
            const id = String(nextId++);
            pending.set(id, { resolve, reject });
            worker.postMessage(
              { id, type: 'APPLY', path: [method], argumentList: args.map((value) => ({ type: 'RAW', value })) },
              transfer,
            );
          });
        const median = (v) => {
          const s = [...v].sort((a, b) => a - b);
          const m = s.length >> 1;
          return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
        };
        const init = await request('init', [
          { baseUrl: new URL('./', document.baseURI).href, preference: 'auto', acceptSoftwareAdapter: false },
        ]);
        const images = good.map(bytesOf);
        const fit = await request('fit', [images, undefined], images);
        await request('load', ['p', fit.model.buffer], [fit.model.buffer]);
        const decoded = probes.map(bytesOf);
        const check = (i) => {
          const image = decoded[i % decoded.length].slice(0);
          return request('check', [{ key: 'p', image, roi: undefined, threshold: fit.threshold }], [image]);
        };
        await check(0);
        await check(1);
        // latency, one at a time, interleaved with bare runs so a change of machine load hits both alike
        const bare = [];
        const latency = [];
        const inWorker = [];
        for (let i = 0; i < runs; i++) {
          const [run] = await request('timeModel', [bytesOf(probes[i % probes.length]), 1]);
          bare.push(run);
          const t = performance.now();
          const out = await check(i);
          latency.push(performance.now() - t);
          inWorker.push(out.timing);
        }
        // batch: two in flight
        const t0 = performance.now();
        let inFlight = check(0);
        for (let i = 1; i <= probes.length; i++) {
          const next = i < probes.length ? check(i) : undefined;
          await inFlight;
          inFlight = next;
        }
        const batchPerImage = (performance.now() - t0) / probes.length;
        const bareAfter = await request('timeModel', [bytesOf(probes[1]), probes.length]);
        worker.terminate();
        return {
          backend: init.choice.backend,
          threads: init.choice.threads,
          bare: median(bare),
          bareAfterBatch: median(bareAfter),
          latency: median(latency),
          inWorker: Object.fromEntries(Object.keys(inWorker[0]).map((k) => [k, median(inWorker.map((t) => t[k]))])),
          batchPerImage,
        };
      },
      { workerUrl: `/assets/${workerFile}`, good, probes, runs },
    );
  } finally {
    await context.close();
  }
}
