import { load, split, C, evidence } from './lib';
import { fitWithHeldOut } from '../../src/core/vision/fit';
import { scoreEvidence } from '../../src/core/vision/scoring';
import { serializeInspectionModel } from '../../src/core/vision/serialize';
const ds = load('poly');
const ev = (i: number) => evidence(ds, i);
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
