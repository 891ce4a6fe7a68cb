/**
 * Generates the defect drill's labelled type examples (assets/drills/type-*.jpg): copies of bundled good
 * teaching images with a painted defect of each type, in the style of the drill items (a dark round pit,
 * a dark straight scratch). The model learns defect types from these, never from the drill items it is
 * then scored on. Deterministic: `node scripts/generate-drill-type-examples.mjs` rewrites the same files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';

const dir = new URL('../assets/drills/', import.meta.url).pathname;

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Darkens pixels by coverage (0…1) so edges stay soft like the drill items. */
function paint(image, coverage, level) {
  const { width, height, data } = image;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = Math.max(0, Math.min(1, coverage(x, y)));
      if (a === 0) continue;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) data[o + c] = Math.round(data[o + c] * (1 - a) + level * a);
    }
  }
}

function spot(image, rand) {
  const cx = 40 + rand() * 176;
  const cy = 40 + rand() * 176;
  const rx = 9 + rand() * 6;
  const ry = rx * (0.75 + rand() * 0.25);
  paint(image, (x, y) => (1 - Math.hypot((x - cx) / rx, (y - cy) / ry)) * rx, 30);
}

function scratch(image, rand) {
  const x0 = 30 + rand() * 80;
  const y0 = 30 + rand() * 196;
  const angle = (rand() - 0.5) * 1.2;
  const length = 120 + rand() * 60;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  paint(image, (x, y) => {
    const along = (x - x0) * dx + (y - y0) * dy;
    if (along < 0 || along > length) return 0;
    return 2 - Math.abs(-(x - x0) * dy + (y - y0) * dx);
  }, 15);
}

const plan = [
  ['type-spot-01.jpg', 'teach-01.jpg', spot],
  ['type-spot-02.jpg', 'teach-03.jpg', spot],
  ['type-spot-03.jpg', 'teach-05.jpg', spot],
  ['type-scratch-01.jpg', 'teach-02.jpg', scratch],
  ['type-scratch-02.jpg', 'teach-04.jpg', scratch],
  ['type-scratch-03.jpg', 'teach-06.jpg', scratch],
];
plan.forEach(([out, base, defect], i) => {
  const image = jpeg.decode(readFileSync(join(dir, base)), { useTArray: true });
  defect(image, rng(7001 + i));
  writeFileSync(join(dir, out), jpeg.encode(image, 90).data);
  console.log(out);
});
