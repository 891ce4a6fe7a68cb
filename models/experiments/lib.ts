import { readFileSync } from 'node:fs';
import { seededShuffle } from '../../src/cli/vision/dataset';
import { auroc } from '../../src/core/vision/metrics';
import { statsAtFalseAlarmRate } from '../../src/core/vision/metrics';
export { auroc, seededShuffle };
export const D = 205, C = 1024;
/** Where cache.ts writes and the experiments read the cached features (outside the repository: derived from the research sets). */
export const CACHE = process.env.GZ_EXP_CACHE ?? '/tmp/gz-vision-cache';
export function load(name: string) {
  const meta = JSON.parse(readFileSync(`${CACHE}/${name}.json`, 'utf8')) as { path: string; label: string; mask: boolean; w: number; h: number }[];
  const fb = readFileSync(`${CACHE}/${name}.feat`);
  const feat = new Float32Array(fb.buffer, fb.byteOffset, fb.byteLength / 4);
  const grey = new Uint8Array(readFileSync(`${CACHE}/${name}.grey`));
  const masks = new Uint8Array(readFileSync(`${CACHE}/${name}.mask`));
  return { meta, feat, grey, masks, N: meta.length };
}
export type DS = ReturnType<typeof load>;
export function split(ds: DS, seed: number, fit = 100, defects = 0) {
  const idx = ds.meta.map((_, i) => i);
  const goods = seededShuffle(idx.filter((i) => ds.meta[i]!.label === 'good'), seed);
  const nFit = Math.min(fit, Math.floor(goods.length * 0.8));
  const fitIdx = goods.slice(0, nFit);
  // taught defects as eval's pickDefects
  const byType = new Map<string, number[]>();
  for (const i of idx) if (ds.meta[i]!.label !== 'good') byType.set(ds.meta[i]!.label, [...(byType.get(ds.meta[i]!.label) ?? []), i]);
  const queues = [...byType.keys()].sort().map((t) => seededShuffle(byType.get(t) ?? [], seed * 7919 + 17));
  const taught: number[] = [];
  for (let round = 0; taught.length < defects && queues.some((q) => q.length > round); round++)
    for (const q of queues) { const n = q[round]; if (n !== undefined && taught.length < defects) taught.push(n); }
  const s = new Set([...fitIdx, ...taught]);
  const testIdx = idx.filter((i) => !s.has(i));
  return { fitIdx, testIdx, taught };
}
export function cellFeat(ds: DS, i: number): Float32Array { return ds.feat.subarray(i * C * D, (i + 1) * C * D); }
export function report(name: string, ds: DS, testIdx: number[], scores: number[]) {
  const labels = testIdx.map((i) => (ds.meta[i]!.label === 'good' ? 0 : 1));
  const a = auroc(scores, labels);
  const m5 = statsAtFalseAlarmRate(scores, labels, 0.05).missRate;
  const types = [...new Set(testIdx.map((i) => ds.meta[i]!.label))].filter((t) => t !== 'good').sort();
  const per = types.map((t) => {
    const sel = testIdx.map((i, k) => (ds.meta[i]!.label === t || ds.meta[i]!.label === 'good' ? k : -1)).filter((k) => k >= 0);
    return `${t}:${auroc(sel.map((k) => scores[k]!), sel.map((k) => labels[k]!)).toFixed(3)}`;
  });
  console.log(`${name}  AUROC ${a.toFixed(4)}  miss@5% ${(100 * m5).toFixed(1)}%  ${per.join(' ')}`);
  return a;
}
export function smooth3(map: Float32Array, h: number, w: number): Float32Array {
  const k = [0.25, 0.5, 0.25];
  const tmp = new Float32Array(map.length), out = new Float32Array(map.length);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { let s = 0; for (let d = -1; d <= 1; d++) s += k[d + 1]! * map[y * w + Math.min(Math.max(x + d, 0), w - 1)]!; tmp[y * w + x] = s; }
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) { let s = 0; for (let d = -1; d <= 1; d++) s += k[d + 1]! * tmp[Math.min(Math.max(y + d, 0), h - 1) * w + x]!; out[y * w + x] = s; }
  return out;
}
export function topkMinusMedian(map: Float32Array, k = 8) {
  const s = Float32Array.from(map).sort(); let t = 0; for (let i = s.length - k; i < s.length; i++) t += s[i]!; return t / k - s[s.length >> 1]!;
}

/** The cached outputs of image i as the app's Evidence (grid 192 channels position-major, texture channel-first). */
export function evidence(ds: DS, i: number) {
  const f = ds.feat.subarray(i * C * D, (i + 1) * C * D);
  const g = new Float32Array(C * 192), t = new Float32Array(13 * C);
  for (let p = 0; p < C; p++) { for (let c = 0; c < 192; c++) g[p * 192 + c] = f[p * D + c]!; for (let c = 0; c < 13; c++) t[c * C + p] = f[p * D + 192 + c]!; }
  return { grid: { dims: 192, height: 32, width: 32, data: g }, texture: { channels: 13, height: 32, width: 32, data: t }, defect: new Float32Array(C), width: ds.meta[i]!.w, height: ds.meta[i]!.h };
}
