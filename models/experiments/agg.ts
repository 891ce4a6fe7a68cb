import { load, split, report, C, evidence } from './lib';
import { fitWithHeldOut } from '../../src/core/vision/fit';
import { scoreEvidence } from '../../src/core/vision/scoring';
const [name, seedS] = process.argv.slice(2);
const ds = load(name!); const seed = Number(seedS ?? 1);
const ev = (i: number) => evidence(ds, i);
const { fitIdx, testIdx } = split(ds, seed);
const { model } = fitWithHeldOut(fitIdx.map(ev), { id: 'x', sha256: 'x', inputSize: 256 });
const res = testIdx.map((i) => scoreEvidence(model, ev(i)));
const sortedMap = (m: Float32Array) => Float32Array.from(m).sort();
const topk = (s: Float32Array, k: number) => { let t = 0; for (let i = s.length - k; i < s.length; i++) t += s[i]!; return t / k; };
const med = (s: Float32Array) => s[s.length >> 1]!;
const aggs: Record<string, (r: (typeof res)[0]) => number> = {
  shipped: (r) => r.score,
  full: (r) => r.views.full,
  tex: (r) => r.views.texture,
  max: (r) => sortedMap(r.map)[C - 1]!,
  top8: (r) => topk(sortedMap(r.map), 8),
  top32m: (r) => { const s = sortedMap(r.map); return topk(s, 32) - med(s); },
  top100m: (r) => { const s = sortedMap(r.map); return topk(s, 100) - med(s); },
  mean: (r) => r.map.reduce((a, b) => a + b, 0) / C,
  median: (r) => med(sortedMap(r.map)),
  q90: (r) => sortedMap(r.map)[Math.floor(0.9 * C)]!,
};
for (const [k, f] of Object.entries(aggs)) report(`${k.padEnd(8)} ${name} s${seed}`, ds, testIdx, res.map(f));
