import { load, split, C, auroc, evidence } from './lib';
import { teachInspectionModel } from '../../src/core/vision/teach';
import { scoreEvidence } from '../../src/core/vision/scoring';
import { statsAtFalseAlarmRate } from '../../src/core/vision/metrics';
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=')) as [string, string][]);
const name = args.set!; const ds = load(name);
const seeds = (args.seeds ?? '1,2,3,4,5,6').split(',').map(Number); const ks = (args.k ?? '0,5,10').split(',').map(Number);
const ev = (i: number) => evidence(ds, i);
const region = (i: number) => { if (!ds.meta[i]!.mask) return undefined; const r = new Uint8Array(C); for (let y = 0; y < 32; y++) for (let x = 0; x < 32; x++) r[y * 32 + x] = ds.masks[i * 4096 + (2 * y) * 64 + 2 * x]!; return r; };
for (const k of ks) {
  const res: string[] = []; let sum = 0, sumA = 0, sumM = 0; let fusedN = 0;
  for (const seed of seeds) {
    const { fitIdx, testIdx, taught } = split(ds, seed, 100, k);
    const defects = taught.map((i) => ({ evidence: ev(i), label: ds.meta[i]!.label, ...(region(i) ? { region: region(i)! } : {}) }));
    const { model } = teachInspectionModel(fitIdx.map(ev), { id: 'x', sha256: 'x', inputSize: 256 }, { defects, positionInvariant: args.inv === '1', projected: Number(args.proj ?? 16) });
    const labels = testIdx.map((i) => (ds.meta[i]!.label === 'good' ? 0 : 1));
    const r = testIdx.map((i) => scoreEvidence(model, ev(i)));
    const a = auroc(r.map((x) => x.score), labels); const an = auroc(r.map((x) => x.anomaly), labels);
    const m5 = statsAtFalseAlarmRate(r.map((x) => x.score), labels, 0.05).missRate;
    sum += a; sumA += an; sumM += m5; if (model.taught?.fusion) fusedN++;
    res.push(`${a.toFixed(3)}${model.taught?.fusion ? '*' : ''}`);
  }
  console.log(`${name} k=${k} ${args.tag ?? ''} mean ${(sum / seeds.length).toFixed(4)} (anomaly ${(sumA / seeds.length).toFixed(4)}) miss@5 ${(100 * sumM / seeds.length).toFixed(1)}% fused ${fusedN}/${seeds.length}: ${res.join(' ')}`);
}
