import type { PatchGrid } from './features';
import type { DefectTypePrototype, InspectionModel } from './inspection-model';

/** How many of the most anomalous cells describe the defect region. */
const REGION_CELLS = 12;

/**
 * Describes the anomalous region of an image: the residual from the good mean, averaged over the
 * most anomalous cells, plus its raw descriptor, each L2-normalised. Types differ in how the
 * surface deviates (dark pit vs. bright scratch vs. smooth shading), which the residual captures.
 */
export function regionEmbedding(model: Pick<InspectionModel, 'mean' | 'grid'>, grid: PatchGrid, map: Float32Array): Float32Array {
  const { dims } = model.grid;
  const order = Array.from(map.keys()).sort((a, b) => (map[b] ?? 0) - (map[a] ?? 0)).slice(0, REGION_CELLS);
  const resid = new Float32Array(dims);
  const raw = new Float32Array(dims);
  for (const p of order) {
    for (let c = 0; c < dims; c++) {
      const v = grid.data[p * dims + c] ?? 0;
      resid[c] = (resid[c] ?? 0) + v - (model.mean[p * dims + c] ?? 0);
      raw[c] = (raw[c] ?? 0) + v;
    }
  }
  const out = new Float32Array(2 * dims);
  const put = (v: Float32Array, offset: number): void => {
    let n = 0;
    for (const x of v) n += x * x;
    n = Math.sqrt(n) + 1e-9;
    v.forEach((x, i) => (out[offset + i] = x / n));
  };
  put(resid, 0);
  put(raw, dims);
  return out;
}

export interface LabelledEmbedding {
  readonly label: string;
  readonly embedding: Float32Array;
}

/** Nearest-class-mean prototypes from a few labelled defect examples per type. */
export function buildPrototypes(examples: readonly LabelledEmbedding[]): DefectTypePrototype[] {
  const groups = new Map<string, Float32Array[]>();
  for (const e of examples) groups.set(e.label, [...(groups.get(e.label) ?? []), e.embedding]);
  return [...groups.entries()].map(([name, list]) => {
    const first = list[0];
    const centroid = new Float32Array(first ? first.length : 0);
    for (const v of list) v.forEach((x, i) => (centroid[i] = (centroid[i] ?? 0) + x / list.length));
    return { name, examples: list.length, centroid };
  });
}

export interface TypePrediction {
  readonly name: string;
  /** Cosine similarity to the chosen prototype. */
  readonly similarity: number;
}

export function classifyDefect(prototypes: readonly DefectTypePrototype[], embedding: Float32Array): TypePrediction | undefined {
  let best: TypePrediction | undefined;
  for (const p of prototypes) {
    let dot = 0;
    let nn = 0;
    for (let i = 0; i < embedding.length; i++) {
      dot += (embedding[i] ?? 0) * (p.centroid[i] ?? 0);
      nn += (p.centroid[i] ?? 0) ** 2;
    }
    const sim = dot / (Math.sqrt(nn) * Math.sqrt(2) + 1e-9);
    if (!best || sim > best.similarity) best = { name: p.name, similarity: sim };
  }
  return best;
}
