#!/usr/bin/env node
/**
 * Benchmarks: builds once (npm run build), then runs every test/bench/*.bench.mjs (or .bench.ts). Each module
 * exports `async function run(ctx)` and returns a flat object of figures whose names carry the unit
 * (`{ cold_start_ms: 412 }`). ctx: { root, rendererDir, url (the served build), browser (a launched Chromium),
 * launchBrowser() (a fresh one, fresh profile, for cold measurements), runs (samples per figure) }.
 *
 *   npm run bench [-- --json FILE] [-- --runs N] [-- --skip-build] [-- NAME ...]   (NAME filters modules)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startWebServer } from '../../scripts/serve-web.mjs';
import { launchOptions } from '../e2e/browser-options.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, 'test/bench');

function parseArgs(argv) {
  const options = { json: undefined, runs: 5, build: true, only: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') options.json = resolve(argv[++i] ?? '');
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--skip-build') options.build = false;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.only.push(arg);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a positive integer');
  return options;
}

function checkFigures(file, figures) {
  if (typeof figures !== 'object' || figures === null) throw new Error(`${file}: run() must return an object`);
  for (const [name, value] of Object.entries(figures)) {
    if (!/^[a-z0-9]+(_[a-z0-9]+)+$/.test(name)) throw new Error(`${file}: figure name "${name}" must be snake_case with a unit`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${file}: figure ${name} is not a number`);
  }
  return figures;
}

const options = parseArgs(process.argv.slice(2));

if (options.build) {
  console.log('bench: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('bench: the build failed');
    process.exit(1);
  }
}

const modules = readdirSync(benchDir)
  .filter((name) => /\.bench\.(mjs|ts)$/.test(name))
  .filter((name) => options.only.length === 0 || options.only.some((part) => name.includes(part)))
  .sort();

const rendererDir = join(root, 'out/renderer');
const server = await startWebServer({ root: rendererDir, port: 0 });
const browser = await chromium.launch(launchOptions);
const ctx = {
  root,
  rendererDir,
  url: server.url,
  browser,
  runs: options.runs,
  launchBrowser: () => chromium.launch(launchOptions),
};

const all = {};
let failed = false;
try {
  for (const name of modules) {
    try {
      const module = await import(pathToFileURL(join(benchDir, name)).href);
      const figures = checkFigures(name, await module.run(ctx));
      for (const [figure, value] of Object.entries(figures)) {
        if (figure in all) throw new Error(`${name}: figure ${figure} is already reported by another module`);
        all[figure] = value;
        console.log(`${figure} ${value}`);
      }
    } catch (error) {
      failed = true;
      console.error(`bench: ${name} failed:`, error);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (options.json) {
  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`bench: wrote ${Object.keys(all).length} figures to ${options.json}`);
}
process.exit(failed ? 1 : 0);
