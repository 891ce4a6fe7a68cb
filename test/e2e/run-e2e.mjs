#!/usr/bin/env node
/**
 * End-to-end tests of the built renderer (run `npm run build` first). Serves out/renderer through
 * scripts/serve-web.mjs on a free port, starts one Chromium, and runs every test/e2e/*.e2e.mjs with node:test
 * (one file at a time; each test opens its own fresh browser context). Adding a file is enough to add tests.
 *
 *   npm run test:e2e [-- test/e2e/language.e2e.mjs ...]
 *
 * Ends with the line "N passed, M failed" and exits non-zero on any failure.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { launchOptions } from './browser-options.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const e2eDir = join(root, 'test/e2e');
const rendererDir = join(root, 'out/renderer');

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('run-e2e: out/renderer/index.html is missing; run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(launchOptions.executablePath)) {
  console.error(`run-e2e: ${launchOptions.executablePath} is missing; install Debian's chromium (scripts/setup.sh does).`);
  process.exit(1);
}

const requested = process.argv.slice(2).map((file) => resolve(file));
const files = requested.length
  ? requested
  : readdirSync(e2eDir)
      .filter((name) => name.endsWith('.e2e.mjs'))
      .sort()
      .map((name) => join(e2eDir, name));

const server = await startWebServer({ root: rendererDir, port: 0 });
const browserServer = await chromium.launchServer(launchOptions);
// The test files run in child processes; they find the app and the browser through the environment.
process.env.GZ_E2E_URL = server.url;
process.env.GZ_E2E_WS = browserServer.wsEndpoint();
process.env.GZ_E2E_RESULTS = join(root, 'test-results');

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1, timeout: 180_000 });
stream.on('test:pass', (event) => {
  if (event.details?.type !== 'suite') passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details?.type !== 'suite') failed += 1;
});
await new Promise((resolveRun, rejectRun) => {
  stream.compose(spec).on('error', rejectRun).on('end', resolveRun).pipe(process.stdout, { end: false });
});

await browserServer.close();
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
