/**
 * Generates every image of the defect drill and the demo's live check (assets/drills/*.jpg): a turned steel
 * flange photographed from above, as on a small plant's inspection bench. Each photo differs as real ones do
 * (the part sits a pixel off in its fixture, the lamp is a little to one side, the turning marks and the highlight shift,
 * sensor noise, a speck of dust now and then), and the defects are the small ones a trainee must look for:
 * a shallow pit a few pixels across, a thin scratch that catches the light only faintly. Telling OK from NG
 * takes a look, which is the point of the drill.
 *
 *   node scripts/generate-drill-images.mjs
 *
 * Deterministic: it rewrites the same files. Writes the 10 teaching photos (good parts), the 12 drill items
 * (ground truth in assets/drills/drills.json, which it checks) and 6 labelled type examples, which are never
 * drill items, so the model is not scored on what it was shown.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';

const dir = new URL('../assets/drills/', import.meta.url).pathname;
const SIZE = 256;

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A good flange: grey levels (0…255) of a SIZE×SIZE photo, and where the part lies (for placing defects). */
function flange(seed) {
  const rand = rng(seed);
  // the part lies in a fixture: it sits within a pixel of the same place on every photo
  const cx = SIZE / 2 + (rand() - 0.5) * 2;
  const cy = SIZE / 2 + (rand() - 0.5) * 2;
  const outer = 105 + rand();
  const bore = 30 + rand() * 2;
  const light = (rand() - 0.5) * 0.3 + Math.PI / 4;
  const lightStrength = 20 + rand() * 4;
  const highlightRadius = 65 + rand() * 3;
  const markPhase = rand() * Math.PI * 2;
  const base = 146 + rand() * 4;
  // the fixture's locating pin holds the bolt holes within a degree or two of the same place
  const boltAngle = Math.PI / 4 + (rand() - 0.5) * 0.06;
  const grey = new Float32Array(SIZE * SIZE);
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const dx = x - cx;
      const dy = y - cy;
      const r = Math.hypot(dx, dy);
      let v;
      if (r > outer + 1) {
        // the dark fixture plate the part lies on, slightly textured
        v = 46 + 6 * Math.sin(x * 0.7) * Math.sin(y * 0.5);
      } else if (r < bore) {
        v = 22;
      } else {
        const along = (dx * Math.cos(light) + dy * Math.sin(light)) / outer;
        // fine turning marks, a slower ripple from the tool feed, the lamp's gradient and its highlight ring
        v =
          base +
          5 * Math.sin(r * 2.1 + markPhase) +
          3 * Math.sin(r * 0.45 + markPhase * 0.5) +
          lightStrength * along +
          26 * Math.exp(-(((r - highlightRadius) / 9) ** 2));
        // chamfers: a bright band at the outer edge and at the bore
        if (r > outer - 4) v += 34 * (1 - (outer - r) / 4);
        if (r < bore + 3) v += 28 * (1 - (r - bore) / 3);
        // four bolt holes on a circle
        for (let k = 0; k < 4; k++) {
          const a = boltAngle + (k * Math.PI) / 2;
          const d = Math.hypot(x - (cx + 84 * Math.cos(a)), y - (cy + 84 * Math.sin(a)));
          if (d < 7) v = 24;
          else if (d < 9) v += 20 * (1 - (d - 7) / 2);
        }
      }
      grey[y * SIZE + x] = v;
    }
  }
  // a couple of faint dust specks on some photos: not defects, and part of what makes the drill a judgement
  const specks = Math.floor(rand() * 3);
  for (let i = 0; i < specks; i++) {
    const a = rand() * Math.PI * 2;
    const rr = bore + 10 + rand() * (outer - bore - 20);
    soften(grey, cx + rr * Math.cos(a), cy + rr * Math.sin(a), 1.1, 14);
  }
  for (let i = 0; i < grey.length; i++) grey[i] += (rand() - 0.5) * 9;
  return { grey, cx, cy, outer, bore, rand };
}

/** Adds `delta` grey levels in a soft round patch (negative darkens). */
function soften(grey, px, py, radius, delta) {
  for (let y = Math.floor(py - radius - 2); y <= py + radius + 2; y++) {
    for (let x = Math.floor(px - radius - 2); x <= px + radius + 2; x++) {
      if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) continue;
      const a = Math.max(0, Math.min(1, radius + 0.5 - Math.hypot(x - px, y - py)));
      grey[y * SIZE + x] += delta * a;
    }
  }
}

/** A point on the machined face, away from the bolt circle and the chamfers. */
function onFace(part) {
  const { cx, cy, bore, rand } = part;
  const a = rand() * Math.PI * 2;
  const r = bore + 12 + rand() * 30;
  return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
}

/** A shallow pit: 2.5–3.5 px across, a dark centre with a faint bright lip where the light catches it. */
function pit(part) {
  const [px, py] = onFace(part);
  const radius = 2.2 + part.rand() * 1.2;
  soften(part.grey, px + 0.8, py + 0.8, radius + 1.2, 10);
  soften(part.grey, px, py, radius, -(60 + part.rand() * 25));
}

/** A thin scratch 20–34 px long across the turning marks, fading at its ends, bright or dark with the light. */
function scratch(part) {
  const { grey, rand } = part;
  const [x0, y0] = onFace(part);
  const angle = rand() * Math.PI;
  const length = 20 + rand() * 14;
  const delta = (rand() < 0.5 ? -1 : 1) * (52 + rand() * 14);
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const along = (x - x0) * dx + (y - y0) * dy;
      if (along < 0 || along > length) continue;
      const across = Math.abs(-(x - x0) * dy + (y - y0) * dx);
      const width = Math.max(0, 1 - across / 1.5);
      if (width === 0) continue;
      const fade = Math.min(1, along / 5, (length - along) / 5);
      grey[y * SIZE + x] += delta * width * fade;
    }
  }
}

function writeJpeg(file, grey) {
  const data = Buffer.alloc(SIZE * SIZE * 4);
  for (let i = 0; i < SIZE * SIZE; i++) {
    const v = Math.max(0, Math.min(255, grey[i]));
    // steel under a slightly warm lamp
    data[i * 4] = Math.round(v);
    data[i * 4 + 1] = Math.round(v * 0.98);
    data[i * 4 + 2] = Math.round(v * 0.94);
    data[i * 4 + 3] = 255;
  }
  writeFileSync(join(dir, file), jpeg.encode({ data, width: SIZE, height: SIZE }, 92).data);
}

const defects = { spot: pit, scratch };

function photo(file, seed, defect) {
  const part = flange(seed);
  if (defect) defects[defect](part);
  writeJpeg(file, part.grey);
}

const drills = JSON.parse(readFileSync(join(dir, 'drills.json'), 'utf8'));
drills.teach.forEach((file, i) => photo(file, 1000 + i));
drills.items.forEach((item, i) => photo(item.file, 2000 + i, item.truth === 'ng' ? item.defectType : undefined));
drills.typeExamples.forEach((example, i) => photo(example.file, 3000 + i, example.defectType));
console.log(`wrote ${drills.teach.length + drills.items.length + drills.typeExamples.length} images to ${dir}`);
