import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resizeMap } from '../../core/vision/anomaly-map';
import { decodeImage } from '../../core/vision/decode';
import { buildPrototypes, classifyDefect, regionEmbedding, type LabelledEmbedding } from '../../core/vision/defect-types';
import { isVisionError } from '../../core/vision/errors';
import type { FeatureExtractor } from '../../core/vision/features';
import { heatOf } from '../../core/vision/cell-norm';
import { suspectGoodScores, type FitOptions } from '../../core/vision/fit';
import type { RgbImage } from '../../core/vision/image';
import type { ModelVariant } from '../../core/vision/inspection-model';
import { syntheticDefects } from '../../core/vision/synthetic';
import { teachInspectionModel, type DefectSample, type TeachNotes } from '../../core/vision/teach';
import { auroc, aurocInterval, bestF1Threshold, statsAt, statsAtFalseAlarmRate, type ThresholdStats } from '../../core/vision/metrics';
import { analyseImage, backboneOf, type ImageEvidence } from '../../core/vision/pipeline';
import { scoreEvidence } from '../../core/vision/scoring';
import { seededShuffle, type DatasetItem } from './dataset';

/** False-alarm rates a line might accept, at which the evaluation reports the best achievable miss rate. */
const FALSE_ALARM_RATES = [0.01, 0.02, 0.05, 0.1];

/** Pixel AUROC is computed on this grid (masks resized with nearest neighbour, maps bilinearly). */
const PIXEL_GRID = 64;

export interface EvalOptions {
  readonly fit: number;
  readonly shots: number;
  readonly seed: number;
  /** Labelled defect images taught with the good ones (seeded, spread over the types, excluded from the test). */
  readonly defects?: number;
  /** 'auto': the fitter's self-check chooses; otherwise the statistics to use. */
  readonly variant?: 'auto' | 'per-position' | 'position-invariant';
  /** Synthetic defects pasted onto fit images for the self-check (auto only). */
  readonly synthetic?: number;
  readonly fitOptions?: FitOptions;
  readonly onProgress?: (stage: string, done: number, total: number) => void;
}

export interface EvalResult {
  images: {
    fit: number;
    taughtDefects: number;
    test: number;
    testGood: number;
    testDefect: number;
    skipped: { path: string; code: string }[];
  };
  /** The model variant the fit kept (and, with the self-check, every candidate's AUROC). */
  variant: ModelVariant;
  /** Whether the taught defects trained a classifier fused with the anomaly score. */
  fused: boolean;
  /** What the fitter said about the taught defect photos (indices into taughtDefectImages). */
  teachNotes: TeachNotes;
  taughtDefectImages: string[];
  imageAuroc: number;
  /** 95 % confidence interval of the image AUROC (DeLong). */
  imageAurocCi95: [number, number];
  /** Pixel AUROC of the heat map as shown (normalised against the good photos' own cells). */
  pixelAuroc: number | null;
  /** Pixel AUROC of the raw anomaly map (the figure reported before heat normalisation). */
  pixelAurocRaw: number | null;
  perType: Record<string, { count: number; auroc: number }>;
  bestF1: ThresholdStats;
  /** Miss rate when at most 1 / 2 / 5 / 10 % of the good test images may be flagged (the best threshold, chosen on the test images). */
  missAtFalseAlarm: (ThresholdStats & { allowed: number })[];
  autoThreshold: ThresholdStats;
  /** Fit images whose held-out score is far above the others' (probably not good parts); the automatic threshold leaves them out. */
  suspectFitImages: string[];
  fewShot: { shots: number; accuracy: number | null; episodes: number; types: string[] };
  fitSeconds: number;
  msPerImage: number;
}

/** A mask on a size × size grid: a cell is marked when its sample point (nearest neighbour) is. */
function maskGrid(bytes: Uint8Array, size = PIXEL_GRID): Uint8Array {
  const m = decodeImage(bytes, { maxPixels: 40_000_000, minSide: 1 });
  const out = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    const sy = Math.min(Math.floor(((y + 0.5) * m.height) / size), m.height - 1);
    for (let x = 0; x < size; x++) {
      const sx = Math.min(Math.floor(((x + 0.5) * m.width) / size), m.width - 1);
      out[y * size + x] = (m.data[(sy * m.width + sx) * 3] ?? 0) > 127 ? 1 : 0;
    }
  }
  return out;
}

/**
 * k labelled defect images to teach, seeded and spread over the types: each type's images shuffled,
 * then taken round-robin over the types in name order (10 over 5 types = 2 each).
 */
export function pickDefects(items: readonly DatasetItem[], k: number, seed: number): DatasetItem[] {
  const byType = new Map<string, DatasetItem[]>();
  for (const i of items) if (i.label !== 'good') byType.set(i.label, [...(byType.get(i.label) ?? []), i]);
  const queues = [...byType.keys()].sort().map((t) => seededShuffle(byType.get(t) ?? [], seed * 7919 + 17));
  const out: DatasetItem[] = [];
  for (let round = 0; out.length < k && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const next = q[round];
      if (next && out.length < k) out.push(next);
    }
  }
  return out;
}

function fewShotAccuracy(embeddings: LabelledEmbedding[], shots: number, seed: number): EvalResult['fewShot'] {
  const byType = new Map<string, LabelledEmbedding[]>();
  for (const e of embeddings) byType.set(e.label, [...(byType.get(e.label) ?? []), e]);
  const types = [...byType.keys()].filter((t) => (byType.get(t)?.length ?? 0) > shots).sort();
  if (types.length < 2 || shots < 1) return { shots, accuracy: null, episodes: 0, types };
  const episodes = 20;
  let correct = 0;
  let total = 0;
  for (let e = 0; e < episodes; e++) {
    const support: LabelledEmbedding[] = [];
    const query: LabelledEmbedding[] = [];
    for (const t of types) {
      const list = seededShuffle(byType.get(t) ?? [], seed * 1000 + e);
      support.push(...list.slice(0, shots));
      query.push(...list.slice(shots));
    }
    const prototypes = buildPrototypes(support);
    for (const q of query) {
      total++;
      if (classifyDefect(prototypes, q.embedding)?.name === q.label) correct++;
    }
  }
  return { shots, accuracy: correct / Math.max(total, 1), episodes, types };
}

/** Fits on a seeded sample of good images and measures everything issue 3 asks for on the rest. */
export async function evaluateFolder(
  folder: string,
  items: readonly DatasetItem[],
  extractor: FeatureExtractor,
  opts: EvalOptions,
): Promise<EvalResult> {
  const goods = seededShuffle(
    items.filter((i) => i.label === 'good'),
    opts.seed,
  );
  // keep at least a fifth of the good images for testing false alarms
  const nFit = Math.min(opts.fit, Math.floor(goods.length * 0.8));
  const fitItems = goods.slice(0, nFit);
  const taughtItems = pickDefects(items, opts.defects ?? 0, opts.seed);
  const fitSet = new Set([...fitItems, ...taughtItems]);
  const testItems = items.filter((i) => !fitSet.has(i));
  const skipped: { path: string; code: string }[] = [];

  const keptImages: RgbImage[] = [];
  const variant = opts.variant ?? 'auto';
  const syntheticCount = variant === 'auto' ? (opts.synthetic ?? 20) : 0;
  const analyse = async (item: DatasetItem, keep = false): Promise<ImageEvidence | undefined> => {
    try {
      const image = decodeImage(await readFile(join(folder, item.path)));
      if (keep) keptImages.push(image);
      return await analyseImage(extractor, image);
    } catch (e) {
      if (!isVisionError(e)) throw e;
      skipped.push({ path: item.path, code: e.code });
      return undefined;
    }
  };

  const t0 = performance.now();
  const samples: ImageEvidence[] = [];
  const samplePaths: string[] = [];
  for (const [i, item] of fitItems.entries()) {
    const ev = await analyse(item, keptImages.length < syntheticCount);
    if (ev) {
      samples.push(ev);
      samplePaths.push(item.path);
    }
    opts.onProgress?.('fit', i + 1, fitItems.length);
  }
  const defects: DefectSample[] = [];
  const taughtPaths: string[] = [];
  for (const item of taughtItems) {
    const ev = await analyse(item);
    if (!ev) continue;
    const region = item.mask ? maskGrid(await readFile(join(folder, item.mask)), ev.grid.height) : undefined;
    defects.push({ evidence: ev, label: item.label, ...(region ? { region } : {}) });
    taughtPaths.push(item.path);
  }
  const synthetic: ImageEvidence[] = [];
  for (const image of syntheticDefects(keptImages, syntheticCount, opts.seed)) synthetic.push(await analyseImage(extractor, image));
  const { model, notes } = teachInspectionModel(samples, backboneOf(extractor), {
    ...opts.fitOptions,
    defects,
    synthetic,
    chooseVariant: variant === 'auto',
    positionInvariant: variant === 'position-invariant',
  });
  const fitSeconds = (performance.now() - t0) / 1000;

  const scores: number[] = [];
  const labels: number[] = [];
  const types: string[] = [];
  const pixScores: number[] = [];
  const pixRaw: number[] = [];
  const pixLabels: number[] = [];
  const embeddings: LabelledEmbedding[] = [];
  let scoreMs = 0;
  for (const [i, item] of testItems.entries()) {
    const t = performance.now();
    const ev = await analyse(item);
    if (!ev) continue;
    const res = scoreEvidence(model, ev);
    scoreMs += performance.now() - t;
    scores.push(res.score);
    labels.push(item.label === 'good' ? 0 : 1);
    types.push(item.label);
    if (item.label !== 'good') embeddings.push({ label: item.label, embedding: regionEmbedding(model, res) });
    if (item.mask || item.label === 'good') {
      // good images count as all-normal pixels; defect images need a mask to contribute
      const mask = item.mask ? maskGrid(await readFile(join(folder, item.mask))) : new Uint8Array(PIXEL_GRID * PIXEL_GRID);
      const raw = resizeMap(res.map, model.grid.height, model.grid.width, PIXEL_GRID, PIXEL_GRID);
      const heat = resizeMap(heatOf(model, res.map).map, model.grid.height, model.grid.width, PIXEL_GRID, PIXEL_GRID);
      for (let p = 0; p < raw.length; p++) {
        pixScores.push(heat[p] ?? 0);
        pixRaw.push(raw[p] ?? 0);
        pixLabels.push(mask[p] ?? 0);
      }
    }
    opts.onProgress?.('test', i + 1, testItems.length);
  }

  const perType: EvalResult['perType'] = {};
  for (const t of [...new Set(types)].filter((x) => x !== 'good').sort()) {
    const sel = types.map((x, i) => (x === t || x === 'good' ? i : -1)).filter((i) => i >= 0);
    perType[t] = {
      count: types.filter((x) => x === t).length,
      auroc: auroc(
        sel.map((i) => scores[i] ?? 0),
        sel.map((i) => labels[i] ?? 0),
      ),
    };
  }
  const hasMaskedDefects = pixLabels.some((v) => v === 1);
  return {
    images: {
      fit: samples.length,
      taughtDefects: defects.length,
      test: scores.length,
      testGood: labels.filter((l) => l === 0).length,
      testDefect: labels.filter((l) => l === 1).length,
      skipped,
    },
    variant: model.variant ?? { statistics: 'per-position', textureView: model.textureScore !== undefined },
    fused: model.taught?.fusion !== undefined,
    teachNotes: notes,
    taughtDefectImages: taughtPaths,
    imageAuroc: auroc(scores, labels),
    imageAurocCi95: aurocInterval(scores, labels),
    pixelAuroc: hasMaskedDefects ? auroc(pixScores, pixLabels) : null,
    pixelAurocRaw: hasMaskedDefects ? auroc(pixRaw, pixLabels) : null,
    perType,
    bestF1: bestF1Threshold(scores, labels),
    missAtFalseAlarm: FALSE_ALARM_RATES.map((allowed) => ({ allowed, ...statsAtFalseAlarmRate(scores, labels, allowed) })),
    autoThreshold: statsAt(scores, labels, model.threshold),
    suspectFitImages: suspectGoodScores(model.goodScores).map((i) => samplePaths[i] ?? String(i)),
    fewShot: fewShotAccuracy(embeddings, opts.shots, opts.seed),
    fitSeconds,
    msPerImage: scoreMs / Math.max(scores.length, 1),
  };
}
