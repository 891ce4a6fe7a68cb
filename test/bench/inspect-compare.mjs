#!/usr/bin/env node
// Compares the inspection workers of several builds in one page, round by round, so that every build meets the
// same machine load (on a shared 2-core machine separate runs differ 1.5-3×). Not a *.bench.mjs: run-bench
// skips it. Each argument is label=checkout, a checkout with a built renderer (npx electron-vite build):
//   node test/bench/inspect-compare.mjs old=/tmp/old-checkout new=.
// Each build's worker is spoken to in its own protocol: the worker transport's (comlink's wire format, since
// src/shared/worker-transport.ts; see inspect-pipeline.mjs) or, for builds before it, the hand-written
// { id, request: { type, … } } messages. Which one is read from the worker bundle (comlink's APPLY message).
// This checkout's build is served from a temporary folder (links, not copies) with the builds' worker files
// added to its assets, so every build runs with the same models and onnxruntime files. Per build: the median over rounds of the time per image of a stream of
// 12 checks with two in flight (as the folder batch runs), of the bare model run (timeModel), of one check
// alone, and of the stream's ratio to the bare run of the same round.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { launchOptions } from '../e2e/browser-options.mjs';
import { syntheticPartPng } from '../support/synthetic-parts.mjs';
import { root as here } from './bench-support.mjs';

const own = `${here}out/renderer`;
const dir = mkdtempSync(join(tmpdir(), 'gz-inspect-compare-'));
for (const name of readdirSync(own)) if (name !== 'assets') symlinkSync(join(own, name), join(dir, name));
mkdirSync(join(dir, 'assets'));
for (const name of readdirSync(join(own, 'assets'))) symlinkSync(join(own, 'assets', name), join(dir, 'assets', name));
const variants = process.argv.slice(2).map((arg) => {
  const [label, root = ''] = arg.split('=');
  return { label, root: resolve(root) };
});
if (variants.length === 0) throw new Error('usage: node test/bench/inspect-compare.mjs label=checkout ...');
const urls = {};
const protocols = {};
for (const { label, root } of variants) {
  const file = readdirSync(`${root}/out/renderer/assets`).find((n) => /^inspection\.worker-.*\.js$/.test(n));
  if (!file) throw new Error(`${root}: no inspection worker in the build`);
  urls[label] = `/assets/${file}`;
  protocols[label] = /\bAPPLY\b/.test(readFileSync(`${root}/out/renderer/assets/${file}`, 'utf8')) ? 'comlink' : 'legacy';
}
console.log('protocols', JSON.stringify(protocols));
for (const { root } of variants) {
  const assets = `${root}/out/renderer/assets`;
  for (const f of readdirSync(assets).filter((n) => /worker-.*\.js$/.test(n)))
    if (!existsSync(`${dir}/assets/${f}`)) copyFileSync(`${assets}/${f}`, `${dir}/assets/${f}`);
}
const server = await startWebServer({ root: dir, port: 0 });
const browser = await chromium.launch(launchOptions);
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}#/about`);
const b64 = (b) => Buffer.from(b).toString('base64');
const good = Array.from({ length: 12 }, (_, i) => b64(syntheticPartPng(100 + i)));
const probes = Array.from({ length: 12 }, (_, i) => b64(syntheticPartPng(700 + i, i % 4 ? 'none' : 'pit')));
const rounds = Number(process.env.ROUNDS ?? 8);
console.log(
  'load before',
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' '),
);
/* global atob */
const out = await page.evaluate(
  async ({ urls, protocols, good, probes, rounds }) => {
    const bytesOf = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0)).buffer;
    const median = (v) => {
      const s = [...v].sort((a, b) => a - b);
      const m = s.length >> 1;
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    // One call, in the build's own protocol: comlink (APPLY a handler with raw arguments; a RAW reply or a thrown
    // HANDLER value), or the legacy { id, request: { type, …fields } } (a kind 'result' or 'error' reply).
    const legacyRequest = {
      init: ([req]) => ({ type: 'init', ...req }),
      fit: ([images, roi]) => ({ type: 'fit', images, roi }),
      load: ([key, model]) => ({ type: 'load', key, model }),
      check: ([req]) => ({ type: 'check', ...req }),
      timeModel: ([image, runs]) => ({ type: 'timeModel', image, runs }),
    };
    const make = async (url, protocol) => {
      const worker = new Worker(url, { type: 'module' });
      let nextId = 1;
      const pending = new Map();
      worker.onmessage = ({ data }) => {
        if (protocol === 'legacy' && data.kind === 'progress') return;
        const p = pending.get(data.id);
        if (!p) return;
        pending.delete(data.id);
        if (protocol === 'comlink') {
          if (data.type === 'HANDLER') p.reject(new Error(JSON.stringify(data.value)));
          else p.resolve(data.value);
        } else if (data.kind === 'result') p.resolve(data.result);
        else if (data.kind !== 'progress') p.reject(new Error(data.message));
      };
      const request = (method, args, transfer = []) =>
        new Promise((resolve, reject) => {
          const id = protocol === 'comlink' ? String(nextId++) : nextId++;
          pending.set(id, { resolve, reject });
          const message =
            protocol === 'comlink'
              ? { id, type: 'APPLY', path: [method], argumentList: args.map((value) => ({ type: 'RAW', value })) }
              : { id, request: legacyRequest[method](args) };
          worker.postMessage(message, transfer);
        });
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
      return { request, check, threads: init.choice.threads };
    };
    const labels = Object.keys(urls);
    const w = {};
    for (const k of labels) w[k] = await make(urls[k], protocols[k]);
    const res = Object.fromEntries(labels.map((k) => [k, { batch: [], bare: [], lat: [] }]));
    for (let r = 0; r < rounds; r++) {
      const order = labels.slice(r % labels.length).concat(labels.slice(0, r % labels.length));
      for (const k of order) {
        const { request, check } = w[k];
        const t0 = performance.now();
        let inFlight = check(0);
        for (let i = 1; i <= probes.length; i++) {
          const next = i < probes.length ? check(i) : undefined;
          await inFlight;
          inFlight = next;
        }
        res[k].batch.push((performance.now() - t0) / probes.length);
        res[k].bare.push(median(await request('timeModel', [bytesOf(probes[1]), 6])));
        const t1 = performance.now();
        await check(3);
        res[k].lat.push(performance.now() - t1);
      }
    }
    const f = (v) => Math.round(median(v) * 10) / 10;
    return Object.fromEntries(
      labels.map((k) => [
        k,
        {
          threads: w[k].threads,
          perImage: f(res[k].batch),
          bare: f(res[k].bare),
          oneAtATime: f(res[k].lat),
          ratio: Math.round(median(res[k].batch.map((b, i) => b / res[k].bare[i])) * 100) / 100,
        },
      ]),
    );
  },
  { urls, protocols, good, probes, rounds },
);
for (const [k, v] of Object.entries(out)) console.log(k, JSON.stringify(v));
console.log(
  'load after',
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' '),
);
await browser.close();
rmSync(dir, { recursive: true });
process.exit(0);
