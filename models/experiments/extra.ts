import { load, split, report, C } from './lib';
import { fitWithHeldOut } from '../../src/core/vision/fit';
import { scoreEvidence } from '../../src/core/vision/scoring';
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')) as [string, string][]);
const name = args.set!, seed = Number(args.seed ?? 1);
const ds = load(name); const which = (args.f ?? 'std,lap,min,max,lap2').split(',');
// box blur helper on 256x256 float image
function down2(a: Float32Array, n: number) { const m = n / 2, o = new Float32Array(m * m); for (let y = 0; y < m; y++) for (let x = 0; x < m; x++) o[y * m + x] = (a[2 * y * n + 2 * x]! + a[2 * y * n + 2 * x + 1]! + a[(2 * y + 1) * n + 2 * x]! + a[(2 * y + 1) * n + 2 * x + 1]!) / 4; return o; }
function lap(a: Float32Array, n: number) { const o = new Float32Array(n * n); for (let y = 1; y < n - 1; y++) for (let x = 1; x < n - 1; x++) o[y * n + x] = 4 * a[y * n + x]! - a[y * n + x - 1]! - a[y * n + x + 1]! - a[(y - 1) * n + x]! - a[(y + 1) * n + x]!; return o; }
function cellStat(a: Float32Array, n: number, f: (vals: number[]) => number) { const s = n / 32, o = new Float32Array(C); for (let cy = 0; cy < 32; cy++) for (let cx = 0; cx < 32; cx++) { const v: number[] = []; for (let y = cy * s; y < (cy + 1) * s; y++) for (let x = cx * s; x < (cx + 1) * s; x++) v.push(a[y * n + x]!); o[cy * 32 + cx] = f(v); } return o; }
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
function extra(i: number): Float32Array[] {
  const g = new Float32Array(65536); let m = 0, s2 = 0;
  for (let p = 0; p < 65536; p++) { g[p] = ds.grey[i * 65536 + p]! / 255; m += g[p]!; } m /= 65536;
  for (let p = 0; p < 65536; p++) s2 += (g[p]! - m) ** 2; const sd = Math.sqrt(s2 / 65536) + 1e-3;
  for (let p = 0; p < 65536; p++) g[p] = (g[p]! - m) / sd;
  const g2 = down2(g, 256);
  const out: Float32Array[] = [];
  if (which.includes('std')) out.push(cellStat(g, 256, (v) => { const mu = mean(v); return Math.sqrt(mean(v.map((x) => (x - mu) ** 2))); }));
  if (which.includes('min')) out.push(cellStat(g, 256, (v) => mean(v) - Math.min(...v)));
  if (which.includes('max')) out.push(cellStat(g, 256, (v) => Math.max(...v) - mean(v)));
  if (which.includes('lap')) { const l = lap(g, 256); out.push(cellStat(l, 256, (v) => mean(v.map(Math.abs)))); }
  if (which.includes('lapmax')) { const l = lap(g, 256); out.push(cellStat(l, 256, (v) => Math.max(...v))); }
  if (which.includes('lap2')) { const l = lap(g2, 128); out.push(cellStat(l, 128, (v) => mean(v.map(Math.abs)))); }
  if (which.includes('lap2max')) { const l = lap(g2, 128); out.push(cellStat(l, 128, (v) => Math.max(...v))); }
  if (which.includes('std2')) out.push(cellStat(g2, 128, (v) => { const mu = mean(v); return Math.sqrt(mean(v.map((x) => (x - mu) ** 2))); }));
  return out;
}
const cacheX = new Map<number, Float32Array[]>();
const ev = (i: number) => {
  const f = ds.feat.subarray(i * C * 205, (i + 1) * C * 205);
  const ex = args.f === 'none' ? [] : (cacheX.get(i) ?? (cacheX.set(i, extra(i)), cacheX.get(i)!));
  const T = 13 + ex.length;
  const g = new Float32Array(C * 192), t = new Float32Array(T * C);
  for (let p = 0; p < C; p++) { for (let c = 0; c < 192; c++) g[p * 192 + c] = f[p * 205 + c]!; for (let c = 0; c < 13; c++) t[c * C + p] = f[p * 205 + 192 + c]!; }
  ex.forEach((e, k) => t.set(e, (13 + k) * C));
  return { grid: { dims: 192, height: 32, width: 32, data: g }, texture: { channels: T, height: 32, width: 32, data: t }, defect: new Float32Array(C), width: ds.meta[i]!.w, height: ds.meta[i]!.h };
};
const { fitIdx, testIdx } = split(ds, seed);
const { model } = fitWithHeldOut(fitIdx.map(ev), { id: 'x', sha256: 'x', inputSize: 256 }, { projected: Number(args.k ?? 16) });
const scores = testIdx.map((i) => scoreEvidence(model, ev(i)).score);
report(`extra ${name} s${seed} ${args.f} k${args.k ?? 16}`, ds, testIdx, scores);
