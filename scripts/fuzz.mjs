#!/usr/bin/env node
/**
 * `npm run fuzz -- --cases 5000 [--seed 16] [--only backup]`: runs every test/fuzz target with N cases
 * each (the vitest run uses a few hundred) and prints per target: cases, accepted, refused with a
 * translated error, untranslated errors, over the 2 s per-file budget, partial writes. Exits 1 when any
 * of the last three is not 0. Targets run one after another on one core (vitest --no-file-parallelism).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
}
const cases = Number(option('cases', '1000'));
const seed = Number(option('seed', '16'));
const only = option('only', '');
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz -- [--cases N] [--seed S] [--only <name part>]');
  process.exit(2);
}

const report = join(mkdtempSync(join(tmpdir(), 'gongzhi-fuzz-')), 'report.jsonl');
const files = only ? [`test/fuzz/${only}`] : ['test/fuzz'];
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'unit', ...files, '--no-file-parallelism'],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, FUZZ_CASES: String(cases), FUZZ_SEED: String(seed), FUZZ_REPORT: report },
  },
);

const rows = existsSync(report)
  ? readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const columns = [
  ['target', (r) => r.target],
  ['cases', (r) => r.cases],
  ['accepted', (r) => r.accepted],
  ['refused (translated)', (r) => r.refusedTranslated],
  ['untranslated', (r) => r.untranslated],
  ['over 2 s', (r) => r.overBudget],
  ['partial writes', (r) => r.partialWrites],
  ['seconds', (r) => r.seconds.toFixed(1)],
];
const lines = [columns.map(([name]) => name), ...rows.map((row) => columns.map(([, value]) => String(value(row))))];
const widths = columns.map((_, i) => Math.max(...lines.map((line) => line[i].length)));
console.log(`\nfuzz: ${cases} cases per target, seed ${seed}\n`);
console.log(`| ${lines[0].map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`);
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const line of lines.slice(1))
  console.log(`| ${line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`);
for (const row of rows) for (const problem of row.problems) console.log(`  ${row.target}: ${problem}`);
const bad = rows.some((r) => r.untranslated > 0 || r.overBudget > 0 || r.partialWrites > 0);
process.exit(bad || run.status !== 0 || rows.length === 0 ? 1 : 0);
