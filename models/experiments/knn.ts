import { load, split, report, C, D, smooth3, topkMinusMedian } from './lib';
import { symmetricEigen } from '../../src/core/vision/linalg';
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')) as [string, string][]);
const name = args.set!, seed = Number(args.seed ?? 1), K = Number(args.k ?? 64), R = Number(args.r ?? 1);
const agg = Number(args.agg ?? 0), mode = args.mode ?? 'local', M = Number(args.m ?? 2000), useTex = args.tex !== '0', useBb = args.bb !== '0';
const ds = load(name);
const { fitIdx, testIdx } = split(ds, seed);
const chans = [...(useBb ? Array.from({ length: 192 }, (_, c) => c) : []), ...(useTex ? Array.from({ length: 13 }, (_, c) => 192 + c) : [])];
const Din = chans.length;
// per-image features: aggregate (3x3 mean) optionally, select chans
function raw(i: number): Float32Array {
  const f = ds.feat.subarray(i * C * D, (i + 1) * C * D);
  const out = new Float32Array(C * Din);
  for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) {
    const o = (y * 32 + x) * Din;
    if (!agg) { for (let k = 0; k < Din; k++) out[o + k] = f[(y * 32 + x) * D + chans[k]!]!; continue; }
    let n = 0;
    for (let yy = Math.max(0, y - agg); yy <= Math.min(31, y + agg); yy++) for (let xx = Math.max(0, x - agg); xx <= Math.min(31, x + agg); xx++) {
      n++; for (let k = 0; k < Din; k++) out[o + k] += f[(yy * 32 + xx) * D + chans[k]!]!;
    }
    for (let k = 0; k < Din; k++) out[o + k] /= n;
  }
  return out;
}
// standardise + PCA on fit cells
const fitRaw = fitIdx.map(raw);
const mean = new Float64Array(Din), sd = new Float64Array(Din);
for (const r of fitRaw) for (let p = 0; p < C; p++) for (let k = 0; k < Din; k++) mean[k] += r[p * Din + k]! / (fitRaw.length * C);
for (const r of fitRaw) for (let p = 0; p < C; p++) for (let k = 0; k < Din; k++) sd[k] += (r[p * Din + k]! - mean[k]!) ** 2 / (fitRaw.length * C);
for (let k = 0; k < Din; k++) sd[k] = Math.sqrt(sd[k]!) + 1e-6;
const cov = new Float64Array(Din * Din); const x = new Float64Array(Din); let n = 0;
for (const r of fitRaw) for (let p = 0; p < C; p += 3) { n++; for (let k = 0; k < Din; k++) x[k] = (r[p * Din + k]! - mean[k]!) / sd[k]!; for (let a = 0; a < Din; a++) for (let b = a; b < Din; b++) cov[a * Din + b] += x[a]! * x[b]!; }
for (let a = 0; a < Din; a++) for (let b = a; b < Din; b++) cov[b * Din + a] = cov[a * Din + b]!;
const Kp = Math.min(K, Din);
const { vectors, values } = symmetricEigen(cov, Din);
const whitenPca = args.white === '1';
function proj(r: Float32Array): Float32Array {
  const out = new Float32Array(C * Kp);
  for (let p = 0; p < C; p++) { for (let k = 0; k < Din; k++) x[k] = (r[p * Din + k]! - mean[k]!) / sd[k]!;
    for (let j = 0; j < Kp; j++) { let s = 0; for (let k = 0; k < Din; k++) s += vectors[j * Din + k]! * x[k]!; out[p * Kp + j] = whitenPca ? s / Math.sqrt(values[j]! / n + 1e-3) : s; } }
  return out;
}
const bank = fitRaw.map(proj);
let memory: Float32Array | undefined;
if (mode === 'global') {
  // greedy k-center coreset over a random subsample of all fit cells
  const all: Float32Array[] = []; for (const b of bank) for (let p = 0; p < C; p += 2) all.push(b.subarray(p * Kp, (p + 1) * Kp));
  const mind = new Float64Array(all.length).fill(Infinity); memory = new Float32Array(M * Kp); let cur = 0;
  for (let m = 0; m < M; m++) { const c = all[cur]!; memory.set(c, m * Kp); let best = 0, bi = 0;
    for (let i = 0; i < all.length; i++) { const a = all[i]!; let s = 0; for (let k = 0; k < Kp; k++) s += (a[k]! - c[k]!) ** 2; if (s < mind[i]!) mind[i] = s; if (mind[i]! > best) { best = mind[i]!; bi = i; } } cur = bi; }
}
function cellMap(t: Float32Array): Float32Array {
  const map = new Float32Array(C);
  for (let y = 0; y < 32; y++) for (let xx = 0; xx < 32; xx++) {
    const p = y * 32 + xx, o = p * Kp; let best = Infinity;
    if (mode === 'global') { for (let m = 0; m < M; m++) { let s = 0; const b = m * Kp; for (let k = 0; k < Kp; k++) { const d = t[o + k]! - memory![b + k]!; s += d * d; } if (s < best) best = s; } }
    else for (const b of bank) for (let yy = Math.max(0, y - R); yy <= Math.min(31, y + R); yy++) for (let x2 = Math.max(0, xx - R); x2 <= Math.min(31, xx + R); x2++) {
      const q = (yy * 32 + x2) * Kp; let s = 0; for (let k = 0; k < Kp; k++) { const d = t[o + k]! - b[q + k]!; s += d * d; if (s >= best) break; } if (s < best) best = s; }
    map[p] = Math.sqrt(best);
  }
  return map;
}
const t0 = performance.now();
const scores = testIdx.map((i) => { const m = smooth3(cellMap(proj(raw(i))), 32, 32); return args.score === 'max' ? Math.max(...m) : topkMinusMedian(m, 8); });
report(`knn ${name} s${seed} ${JSON.stringify(args)} ${((performance.now() - t0) / testIdx.length).toFixed(0)}ms/img`, ds, testIdx, scores);
