// Counts import edges between top-level src/ layers (and between UI feature folders), so the restructuring's
// effect is measured from the code: `node scripts/import-edges.mjs` prints "from -> to: count".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const importPattern =
  /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]/g;
const counts = new Map();
const featureCounts = new Map();
for (const file of walk(src)) {
  const from = relative(src, file).split('/');
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? match[3];
    const target = relative(src, resolve(dirname(file), spec)).split('/');
    if (target[0] === '..') continue;
    const key = `${from[0]} -> ${target[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (from[0] === 'ui' && target[0] === 'ui' && from.length > 2 && target.length > 2 && from[1] !== target[1]) {
      const featureKey = `ui/${from[1]} -> ui/${target[1]}`;
      featureCounts.set(featureKey, (featureCounts.get(featureKey) ?? 0) + 1);
    }
  }
}
const show = (map) =>
  [...map]
    .sort()
    .map(([key, n]) => `${key}: ${n}`)
    .join('\n');
console.log(show(counts));
console.log('\nbetween UI folders:');
console.log(show(featureCounts));
const total = [...featureCounts.values()].reduce((a, b) => a + b, 0);
console.log(`total between UI folders: ${total}`);
