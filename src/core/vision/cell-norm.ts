import type { CellNorm, InspectionModel } from './inspection-model';

/** Share of good cells the heat map may colour at all: good parts stay quiet. */
const QUIET_SHARE = 0.999;
/** z above the colouring start at which the heat map is fully red. */
const HEAT_SPAN = 4;
/** A position's spread is never taken below this share of the typical position's (too few samples there). */
const STD_FLOOR = 0.25;

function quantileOf(values: Float32Array, q: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}

/**
 * How the good photos' own anomaly maps are distributed, cell by cell: mean and spread per position
 * (pooled over the 3×3 neighbourhood, as the Gaussians are) or, for position-invariant models, one
 * mean and spread for all cells. A checked map divided by these says, at every cell, how unusual that
 * value is *for that place on a good part*; the heat map starts colouring where fewer than 1 in 1000
 * good cells reach (so a good part shows almost nothing and a defect shows where it is).
 */
export function cellNormalisation(maps: readonly Float32Array[], height: number, width: number, positionInvariant: boolean): CellNorm {
  const cells = height * width;
  const s1 = new Float64Array(cells);
  const s2 = new Float64Array(cells);
  for (const m of maps) {
    for (let p = 0; p < cells; p++) {
      const v = m[p] ?? 0;
      s1[p] = (s1[p] ?? 0) + v;
      s2[p] = (s2[p] ?? 0) + v * v;
    }
  }
  const mean = new Float32Array(cells);
  const std = new Float32Array(cells);
  const n = Math.max(maps.length, 1);
  if (positionInvariant) {
    const t1 = s1.reduce((a, b) => a + b, 0) / (n * cells);
    const t2 = s2.reduce((a, b) => a + b, 0) / (n * cells);
    mean.fill(t1);
    std.fill(Math.sqrt(Math.max(t2 - t1 * t1, 1e-6)));
  } else {
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let a = 0;
        let b = 0;
        let k = 0;
        for (let yy = Math.max(0, y - 1); yy <= Math.min(height - 1, y + 1); yy++) {
          for (let xx = Math.max(0, x - 1); xx <= Math.min(width - 1, x + 1); xx++) {
            a += s1[yy * width + xx] ?? 0;
            b += s2[yy * width + xx] ?? 0;
            k += n;
          }
        }
        const mu = a / k;
        mean[y * width + x] = mu;
        std[y * width + x] = Math.sqrt(Math.max(b / k - mu * mu, 1e-6));
      }
    }
    const floor = STD_FLOOR * quantileOf(std, 0.5);
    for (let p = 0; p < cells; p++) std[p] = Math.max(std[p] ?? 0, floor);
  }
  const norm = { mean, std, low: 0, high: 1 };
  const all = new Float32Array(maps.length * cells);
  maps.forEach((m, i) => all.set(normaliseMap(norm, m), i * cells));
  const low = maps.length > 0 ? quantileOf(all, QUIET_SHARE) : 3;
  return { mean, std, low, high: low + HEAT_SPAN };
}

/** The anomaly map in units of the good cells' own spread at each position (see cellNormalisation). */
export function normaliseMap(norm: Pick<CellNorm, 'mean' | 'std'>, map: Float32Array): Float32Array {
  const out = new Float32Array(map.length);
  for (let p = 0; p < map.length; p++) out[p] = ((map[p] ?? 0) - (norm.mean[p] ?? 0)) / (norm.std[p] ?? 1);
  return out;
}

/** Models fitted before cell normalisation: the map is already a z against held-out good cells overall. */
const LEGACY_SCALE = { low: 3, high: 7 };

/** The heat map to show for a scored map, with the range to colour (from `low`, fully red at `high`). */
export function heatOf(model: Pick<InspectionModel, 'cellNorm'>, map: Float32Array): { map: Float32Array; low: number; high: number } {
  const norm = model.cellNorm;
  if (!norm) return { map, ...LEGACY_SCALE };
  return { map: normaliseMap(norm, map), low: norm.low, high: norm.high };
}
