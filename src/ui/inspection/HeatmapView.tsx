import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dequantizeMap, type QuantizedMap } from '../../core/inspection/quantized-map';
import type { Roi } from '../../core/inspection/roi';
import { heatmapRgba } from '../../core/vision';

/** Canvas pixels per map cell: 8 for the one large view (smooth at any width it is shown). */
const CELL = 8;
/**
 * In a gallery (compact), 4: a tile is 160 px wide, so 4 px per cell is as sharp as it shows, and the end of a
 * batch draws 24 maps in one go — at 8 px per cell they took one main-thread task past 50 ms (test/bench/README.md).
 */
const COMPACT_CELL = 4;

interface Props {
  /** The picture under the map: a checked image or the live camera video. */
  children: ReactNode;
  map: QuantizedMap | undefined;
  threshold: number;
  roi: Roi | undefined;
  /** Without the opacity slider (a gallery of many results). */
  compact?: boolean;
}

/** A picture with the anomaly map over it (over the region of interest when there is one). */
export function HeatmapView({ children, map, threshold, roi, compact = false }: Props) {
  const { t } = useTranslation('inspection');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [opacity, setOpacity] = useState(0.6);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !map) return;
    const cell = compact ? COMPACT_CELL : CELL;
    const w = map.width * cell;
    const h = map.height * cell;
    c.width = w;
    c.height = h;
    // Maps since format 5 are normalised against the good photos' own cells and say which range to colour:
    // from where fewer than 1 in 1000 good cells reach, so a good part stays clear and a defect shows where
    // it is. Maps stored before are coloured from the image threshold, as they always were.
    const from = map.colour?.from ?? threshold;
    const to = map.colour?.to ?? 3 * threshold;
    const rgba = heatmapRgba(dequantizeMap(map), map.height, map.width, h, w, from, to);
    ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba), w, h), 0, 0);
  }, [map, threshold, compact]);
  const r = roi ?? { x: 0, y: 0, w: 1, h: 1 };
  return (
    <div className="gz-inspect-heatmap">
      <div className="gz-inspect-stage">
        {children}
        <canvas
          ref={canvas}
          data-testid="heatmap"
          style={{ left: `${r.x * 100}%`, top: `${r.y * 100}%`, width: `${r.w * 100}%`, height: `${r.h * 100}%`, opacity }}
        />
      </div>
      {compact ? null : (
        <label className="gz-field">
          <span className="gz-field-label">{t('check.opacity', { value: Math.round(opacity * 100) })}</span>
          <input type="range" min={0} max={1} step={0.05} value={opacity} onChange={(e) => setOpacity(Number(e.target.value))} />
        </label>
      )}
    </div>
  );
}
