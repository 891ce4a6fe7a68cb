// Vision benchmarks on WASM (onnxruntime-web in Node, single thread), with generated 256 px images:
// fitting an inspection model from 100 good images (target ≤ 30 s) and scoring one image end to end —
// decode, resize, backbone, scoring (target ≤ 30 ms). `export async function run(ctx)` returns flat
// figures with units in their names; run alone with `node test/bench/vision.bench.mjs`.
import { performance } from 'node:perf_hooks';
import { load, median, root } from './bench-support.mjs';

const round = (x) => Math.round(x * 1000) / 1000;

export async function run() {
  const { createNodeFeatureExtractor } = await load('src/inference/node-models.ts');
  const { fitFromImages, inspectBytes, analyseImage } = await load('src/core/vision/pipeline.ts');
  const { fitInspectionModel } = await load('src/core/vision/fit.ts');
  const { decodeImage } = await load('src/core/vision/decode.ts');
  const { teachInspectionModel, addTaughtDefects } = await load('src/core/vision/teach.ts');
  const { syntheticDefects } = await load('src/core/vision/synthetic.ts');
  const { cleanTexture, withDarkSpot, toJpeg } = await load('src/core/vision/test-support.ts');
  const extractor = await createNodeFeatureExtractor(root);
  const goods = Array.from({ length: 100 }, (_, i) => toJpeg(cleanTexture(256, 1000 + i)));
  const tests = Array.from({ length: 40 }, (_, i) =>
    toJpeg(i % 2 ? withDarkSpot(cleanTexture(256, 5000 + i), 40 + 4 * i, 128, 6) : cleanTexture(256, 5000 + i)),
  );
  await inspectBytes(await fitFromImages(extractor, 5, async (i) => goods[i]), extractor, tests[0]); // warm-up (WASM compile, JIT)

  const t0 = performance.now();
  const model = await fitFromImages(extractor, goods.length, async (i) => goods[i]);
  const fitSeconds = (performance.now() - t0) / 1000;

  const evidence = [];
  for (const g of goods) evidence.push(await analyseImage(extractor, decodeImage(g)));
  const t1 = performance.now();
  fitInspectionModel(evidence, model.backbone);
  const statsSeconds = (performance.now() - t1) / 1000;

  // the same fit when the good photos come in many shapes (widths 128-640 px at height 256): five shape
  // references instead of one, the most a model keeps; decode and backbone time as for the square photos
  const mixed = [];
  for (let i = 0; i < 100; i++) mixed.push(await analyseImage(extractor, cleanTexture(256, 1000 + i, 128 + ((i * 37) % 100) * 5)));
  const t2 = performance.now();
  const mixedModel = fitInspectionModel(mixed, model.backbone);
  const mixedStatsSeconds = (performance.now() - t2) / 1000;

  // what the app does when a project is taught with 100 good and 20 defect photos (issue 18: ≤ 30 s): every
  // photo through the backbone, 20 synthetic defects for the variant self-check, two variants fitted and
  // compared, then the defects taught (classifier cross-validated and fused)
  const defects = Array.from({ length: 20 }, (_, i) => toJpeg(withDarkSpot(cleanTexture(256, 7000 + i), 30 + 9 * i, 60 + 7 * i, 5)));
  const c3 = process.cpuUsage();
  const t3 = performance.now();
  const goodEvidence = [];
  const firstImages = [];
  for (const g of goods) {
    const image = decodeImage(g);
    if (firstImages.length < 20) firstImages.push(image);
    goodEvidence.push(await analyseImage(extractor, image));
  }
  const synthetic = [];
  for (const image of syntheticDefects(firstImages, 20, 1)) synthetic.push(await analyseImage(extractor, image));
  const { model: chosen } = teachInspectionModel(goodEvidence, model.backbone, { chooseVariant: true, synthetic });
  const defectEvidence = [];
  for (const d of defects) defectEvidence.push({ evidence: await analyseImage(extractor, decodeImage(d)), label: 'pit' });
  const { model: taught } = addTaughtDefects(chosen, defectEvidence);
  const teachSeconds = (performance.now() - t3) / 1000;
  const teachCpu = process.cpuUsage(c3);

  const scoreMs = [];
  const scoreCpuMs = [];
  const taughtCpuMs = [];
  const backboneMs = [];
  for (const bytes of tests) {
    const c = process.cpuUsage();
    const s = performance.now();
    await inspectBytes(model, extractor, bytes);
    scoreMs.push(performance.now() - s);
    const used = process.cpuUsage(c);
    scoreCpuMs.push((used.user + used.system) / 1000);
  }
  for (const bytes of tests.slice(0, 20)) {
    const c = process.cpuUsage();
    await inspectBytes(taught, extractor, bytes);
    const used = process.cpuUsage(c);
    taughtCpuMs.push((used.user + used.system) / 1000);
  }
  const input = new Float32Array(3 * 256 * 256).fill(0.5);
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    await extractor.extract(input);
    backboneMs.push(performance.now() - s);
  }
  return {
    vision_fit_100_s: round(fitSeconds),
    vision_fit_statistics_100_s: round(statsSeconds),
    vision_fit_statistics_100_mixed_shapes_s: round(mixedStatsSeconds),
    vision_shape_references_mixed: mixedModel.references.length,
    vision_score_ms_per_image: round(median(scoreMs)),
    // CPU time of this (single-threaded) process per image: what the wall time is on an idle core. On
    // the shared 2-core machine the wall time swings 1.5-3x with other jobs; this stays within ~10 %.
    vision_score_cpu_ms_per_image: round(median(scoreCpuMs)),
    vision_backbone_ms_per_image: round(median(backboneMs)),
    vision_teach_100_good_20_defects_s: round(teachSeconds),
    vision_teach_100_good_20_defects_cpu_s: round((teachCpu.user + teachCpu.system) / 1e6),
    vision_teach_fused: taught.taught?.fusion !== undefined ? 1 : 0,
    vision_score_taught_cpu_ms_per_image: round(median(taughtCpuMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
