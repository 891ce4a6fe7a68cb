import { load, split, C } from './lib';
import { fitWithHeldOut } from '../../src/core/vision/fit';
import { scoreEvidence } from '../../src/core/vision/scoring';
import { serializeInspectionModel } from '../../src/core/vision/serialize';
const ds = load('poly');
const ev = (i: number) => {
  const f = ds.feat.subarray(i * C * 205, (i + 1) * C * 205);
  const g = new Float32Array(C * 192), t = new Float32Array(13 * C);
  for (let p = 0; p < C; p++) { for (let c = 0; c < 192; c++) g[p * 192 + c] = f[p * 205 + c]!; for (let c = 0; c < 13; c++) t[c * C + p] = f[p * 205 + 192 + c]!; }
  return { grid: { dims: 192, height: 32, width: 32, data: g }, texture: { channels: 13, height: 32, width: 32, data: t }, defect: new Float32Array(C), width: ds.meta[i]!.w, height: ds.meta[i]!.h };
};
const { fitIdx, testIdx } = split(ds, 1);
const evs = testIdx.slice(0, 150).map(ev);
for (const k of [16, 24, 32, 16, 24, 32]) {
  const t0 = performance.now();
  const { model } = fitWithHeldOut(fitIdx.map(ev), { id: 'x', sha256: 'x', inputSize: 256 }, { projected: k });
  const fitS = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(); const t = performance.now();
  for (const e of evs) scoreEvidence(model, e);
  const u = process.cpuUsage(c);
  console.log(`k${k} fit ${fitS.toFixed(1)} s, score ${((performance.now() - t) / evs.length).toFixed(2)} ms wall, ${((u.user + u.system) / 1000 / evs.length).toFixed(2)} ms cpu, model ${(serializeInspectionModel(model).byteLength / 1e6).toFixed(1)} MB`);
}
