import { load, split, report, C } from './lib';
import { fitWithHeldOut } from '../../src/core/vision/fit';
import { scoreEvidence } from '../../src/core/vision/scoring';
const [name, seedS] = process.argv.slice(2);
const ds = load(name!); const seed = Number(seedS ?? 1);
const ev = (i: number) => {
  const f = ds.feat.subarray(i * C * 205, (i + 1) * C * 205);
  const g = new Float32Array(C * 192), t = new Float32Array(13 * C);
  for (let p = 0; p < C; p++) { for (let c = 0; c < 192; c++) g[p * 192 + c] = f[p * 205 + c]!; for (let c = 0; c < 13; c++) t[c * C + p] = f[p * 205 + 192 + c]!; }
  return { grid: { dims: 192, height: 32, width: 32, data: g }, texture: { channels: 13, height: 32, width: 32, data: t }, defect: new Float32Array(C), width: ds.meta[i]!.w, height: ds.meta[i]!.h };
};
const { fitIdx, testIdx } = split(ds, seed);
const { model } = fitWithHeldOut(fitIdx.map(ev), { id: 'x', sha256: 'x', inputSize: 256 });
const scores = testIdx.map((i) => scoreEvidence(model, ev(i)).score);
report(`baseline ${name} s${seed}`, ds, testIdx, scores);
