import { createNodeFeatureExtractor } from '../../inference/node-models';
import { UsageError, type CliCommand } from '../command';
import { parseOptions } from '../parse-options';
import { loadDataset } from '../vision/dataset';
import { evaluateFolder, type EvalResult } from '../vision/evaluate';

const usage = [
  'Usage: gongzhi eval-vision <folder> [--fit N] [--defects k] [--variant V] [--shots k] [--seed S] [--json]',
  '',
  "Fits an inspection model on a seeded sample of the folder's good images with the bundled backbone",
  '(models/manifest.json) and tests it on every other image. The folder holds labels.csv',
  '(path,label[,mask]; label "good" or a defect type) or, without it, good/ plus one sub-folder per',
  'defect type (masks as <name>.mask.png). Prints image AUROC, pixel AUROC (where masks exist),',
  'AUROC per defect type, the F1-best threshold with its miss and false-alarm rates, the automatic',
  "threshold's rates, k-shot defect-type accuracy, fit time and ms per image.",
  '',
  '  --fit N     good images to fit on (default 100; at most 80% of the good images)',
  '  --defects k labelled defect images taught with the good ones (seeded, spread over the types, with',
  '              their masks where the folder has them; left out of the test; default 0)',
  '  --variant V auto (default: the fitter compares per-position and position-invariant statistics, with',
  '              and without the texture view, on held-out good images, the taught and 20 synthetic',
  '              defects, and keeps the best), per-position or position-invariant',
  '  --projected N  principal directions of the backbone features kept per cell (default 16)',
  '  --shots k   labelled examples per defect type for few-shot typing (default 5)',
  '  --seed S    seed for the fit/test split and the few-shot episodes (default 1)',
  '  --json      print one JSON object instead of text',
].join('\n');

function positiveInt(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${value}".`);
  return n;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const fix = (x: number | null): string => (x === null || Number.isNaN(x) ? 'n/a' : x.toFixed(3));

function textReport(folder: string, r: EvalResult): string[] {
  return [
    `Folder: ${folder}`,
    `Images: fit ${r.images.fit} good and ${r.images.taughtDefects} defective, test ${r.images.test} (${r.images.testGood} good, ${r.images.testDefect} defective), skipped ${r.images.skipped.length}`,
    ...r.images.skipped.map((s) => `  skipped ${s.path}: ${s.code}`),
    `Image AUROC: ${fix(r.imageAuroc)}  (95 % interval ${fix(r.imageAurocCi95[0])}-${fix(r.imageAurocCi95[1])})`,
    `Model: ${r.variant.statistics} statistics, ${r.variant.textureView ? 'with' : 'without'} the texture view${r.fused ? ', taught defects fused' : ''}${r.variant.check ? ` (self-check: ${r.variant.check.candidates.map((c) => `${c.statistics}${c.textureView ? '+texture' : ''} ${fix(c.auroc)}`).join(', ')})` : ''}`,
    `Taught defect photos scoring like good ones: ${r.teachNotes.defectsLikeGood.length}`,
    `Pixel AUROC: ${fix(r.pixelAuroc)} (heat map as shown; raw map ${fix(r.pixelAurocRaw)})`,
    'AUROC per defect type (against the good test images):',
    ...Object.entries(r.perType).map(([t, v]) => `  ${t.padEnd(12)} ${fix(v.auroc)}  (${v.count} images)`),
    `F1-best threshold: ${r.bestF1.threshold.toFixed(3)}  F1 ${fix(r.bestF1.f1)}  miss ${pct(r.bestF1.missRate)}  false alarms ${pct(r.bestF1.falseAlarmRate)}`,
    'Best possible miss rate if the line accepts a given false-alarm rate (thresholds chosen on the test images):',
    ...r.missAtFalseAlarm.map(
      (m) =>
        `  ${pct(m.allowed).padStart(6)} false alarms allowed: miss ${pct(m.missRate)} (threshold ${m.threshold.toFixed(3)}, false alarms ${pct(m.falseAlarmRate)})`,
    ),
    `Automatic threshold (from the fit images only): ${r.autoThreshold.threshold.toFixed(3)}  miss ${pct(r.autoThreshold.missRate)}  false alarms ${pct(r.autoThreshold.falseAlarmRate)}`,
    `Suspect fit images (held-out score far above the others; left out of the automatic threshold): ${r.suspectFitImages.length}`,
    ...r.suspectFitImages.map((p) => `  suspect ${p}`),
    `${r.fewShot.shots}-shot defect-type accuracy: ${r.fewShot.accuracy === null ? 'n/a (needs 2+ types with more than k images)' : `${fix(r.fewShot.accuracy)} over ${r.fewShot.episodes} episodes, types ${r.fewShot.types.join(', ')}`}`,
    `Fit time: ${r.fitSeconds.toFixed(1)} s for ${r.images.fit} images`,
    `Scoring: ${r.msPerImage.toFixed(1)} ms per image (decode + resize + backbone + scoring)`,
  ];
}

export const evalVisionCommand: CliCommand = {
  name: 'eval-vision',
  summary: 'Measure defect detection on a labelled image folder (AUROC, thresholds, few-shot typing, speed)',
  usage,
  async run(args, { io, root }) {
    const { values, positionals } = parseOptions(args, {
      fit: { type: 'string' },
      shots: { type: 'string' },
      defects: { type: 'string' },
      variant: { type: 'string' },
      projected: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
    });
    const folder = positionals[0];
    if (!folder || positionals.length > 1) throw new UsageError('Give exactly one image folder.');
    const fit = positiveInt(values.fit, 'fit', 100, 5);
    const shots = positiveInt(values.shots, 'shots', 5, 1);
    const seed = positiveInt(values.seed, 'seed', 1, 0);
    const defects = positiveInt(values.defects, 'defects', 0, 0);
    const variant = values.variant ?? 'auto';
    if (variant !== 'auto' && variant !== 'per-position' && variant !== 'position-invariant')
      throw new UsageError(`--variant must be auto, per-position or position-invariant, got "${variant}".`);
    const items = await loadDataset(folder);
    const extractor = await createNodeFeatureExtractor(root);
    let last = 0;
    const result = await evaluateFolder(folder, items, extractor, {
      fit,
      shots,
      seed,
      defects,
      variant,
      ...(values.projected !== undefined ? { fitOptions: { projected: positiveInt(values.projected, 'projected', 16, 1) } } : {}),
      onProgress: (stage, done, total) => {
        if (values.json || (done !== total && performance.now() - last < 2000)) return;
        last = performance.now();
        io.err(`${stage}: ${done}/${total}`);
      },
    });
    io.out(values.json ? JSON.stringify({ folder, model: extractor.modelId, ...result }, null, 2) : textReport(folder, result).join('\n'));
    return 0;
  },
};
