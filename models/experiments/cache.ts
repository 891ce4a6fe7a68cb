// Caches backbone features (patch grid 192-d + texture 13-d on 32x32) and the 256x256 grey input per image.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { CACHE } from './lib';
import { join } from 'node:path';
import { createNodeFeatureExtractor } from '../../src/inference/node-models';
import { loadDataset } from '../../src/cli/vision/dataset';
import { decodeImage } from '../../src/core/vision/decode';
import { analyseImage } from '../../src/core/vision/pipeline';
import { toInputTensor } from '../../src/core/vision/preprocess';

const [folder, name] = process.argv.slice(2);
await mkdir(CACHE, { recursive: true });
const items = await loadDataset(folder!);
const ex = await createNodeFeatureExtractor(new URL('../..', import.meta.url).pathname);
const N = items.length;
const feat = new Float32Array(N * 1024 * 205);
const grey = new Uint8Array(N * 256 * 256);
const masks = new Uint8Array(N * 64 * 64);
const meta: any[] = [];
let i = 0;
for (const it of items) {
  const img = decodeImage(await readFile(join(folder!, it.path)));
  const ev = await analyseImage(ex, img);
  const g = ev.grid; const t = ev.texture;
  const o = i * 1024 * 205;
  for (let p = 0; p < 1024; p++) {
    for (let c = 0; c < 192; c++) feat[o + p * 205 + c] = g.data[p * 192 + c]!;
    for (let c = 0; c < 13; c++) feat[o + p * 205 + 192 + c] = t.data[c * 1024 + p]!;
  }
  const inp = toInputTensor(img, 256).data;
  for (let p = 0; p < 65536; p++) grey[i * 65536 + p] = Math.round(255 * (inp[p]! + inp[65536 + p]! + inp[131072 + p]!) / 3);
  if (it.mask) {
    const m = decodeImage(await readFile(join(folder!, it.mask)), { maxPixels: 40_000_000, minSide: 1 });
    for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) {
      const sy = Math.min(Math.floor(((y + 0.5) * m.height) / 64), m.height - 1);
      const sx = Math.min(Math.floor(((x + 0.5) * m.width) / 64), m.width - 1);
      masks[i * 4096 + y * 64 + x] = (m.data[(sy * m.width + sx) * 3] ?? 0) > 127 ? 1 : 0;
    }
  }
  meta.push({ path: it.path, label: it.label, mask: !!it.mask, w: img.width, h: img.height });
  i++;
  if (i % 100 === 0) console.error(name, i, N);
}
await writeFile(`${CACHE}/${name}.feat`, Buffer.from(feat.buffer));
await writeFile(`${CACHE}/${name}.grey`, Buffer.from(grey.buffer));
await writeFile(`${CACHE}/${name}.mask`, Buffer.from(masks.buffer));
await writeFile(`${CACHE}/${name}.json`, JSON.stringify(meta));
console.error('done', name, N);
