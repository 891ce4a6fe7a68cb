/** An anomaly map stored in one byte per cell (the history needs its shape, not float precision). */
export interface QuantizedMap {
  readonly width: number;
  readonly height: number;
  readonly low: number;
  readonly high: number;
  readonly data: Uint8Array;
  /**
   * The range the heat map colours: from where fewer than 1 in 1000 good cells reach to fully red (maps
   * normalised against the good photos' cells, since format 5). Absent in maps stored before: those are
   * coloured from the threshold, as they were.
   */
  readonly colour?: { readonly from: number; readonly to: number };
}

export function quantizeMap(map: Float32Array, height: number, width: number, colour?: { from: number; to: number }): QuantizedMap {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of map) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  if (!Number.isFinite(low)) low = high = 0;
  const span = Math.max(high - low, 1e-6);
  const data = new Uint8Array(map.length);
  map.forEach((v, i) => (data[i] = Math.round(((v - low) / span) * 255)));
  return { width, height, low, high, data, ...(colour ? { colour } : {}) };
}

export function dequantizeMap(q: QuantizedMap): Float32Array {
  const span = q.high - q.low;
  return Float32Array.from(q.data, (v) => q.low + (v / 255) * span);
}
