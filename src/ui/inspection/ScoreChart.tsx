import { useTranslation } from 'react-i18next';
import { binCounts, type Histogram } from '../../core/inspection/histogram';
import { useNumberFormat } from '../../i18n/use-number-format';

export const CHART = { width: 520, height: 176, left: 40, right: 8, top: 8, bottom: 40 };
const PLOT_W = CHART.width - CHART.left - CHART.right;
const PLOT_H = CHART.height - CHART.top - CHART.bottom;

interface Props {
  h: Histogram;
  good: readonly number[];
  suspects: readonly number[];
  defects: readonly number[];
  proposed: number;
  value: number;
  label: string;
}

/** Round tick positions (1, 2 or 5 × 10^k apart) covering [min, max]. */
function ticks(min: number, max: number, about: number): number[] {
  const raw = (max - min) / Math.max(about, 1);
  const mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

/**
 * The score histogram with its axes: good photos' held-out scores (green, suspects orange), the
 * taught defects' cross-validated scores (purple bars and one tick per photo), the proposed threshold
 * (dashed) and the chosen one (red). x: the image score; y: number of photos.
 */
export function ScoreChart({ h, good, suspects, defects, proposed, value, label }: Props) {
  const { t } = useTranslation('inspection');
  const { fmt } = useNumberFormat();
  const bins = h.counts.length;
  const goodCounts = binCounts(good, h);
  const suspectCounts = binCounts(suspects, h);
  const onScale = defects.filter((d) => d <= h.max);
  const defectCounts = binCounts(onScale, h);
  const peak = Math.max(1, ...goodCounts, ...defectCounts);
  // a single far-out score still shows as a bar, however tall the bulk of the histogram is
  const barHeight = (c: number): number => (c > 0 ? Math.max(4, (c / peak) * PLOT_H) : 0);
  const x = (v: number): number => CHART.left + ((v - h.min) / (h.max - h.min)) * PLOT_W;
  const bottom = CHART.top + PLOT_H;
  const bw = PLOT_W / bins;
  const offScale = defects.length - onScale.length;
  const yTicks = ticks(0, peak, 3).filter((v) => Number.isInteger(v));
  return (
    <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className="gz-inspect-histogram" role="img" aria-label={label}>
      {yTicks.map((v) => (
        <g key={`y${v}`}>
          <line
            x1={CHART.left - 4}
            x2={CHART.left + PLOT_W}
            y1={bottom - (v / peak) * PLOT_H}
            y2={bottom - (v / peak) * PLOT_H}
            className="gz-inspect-grid"
          />
          <text x={CHART.left - 6} y={bottom - (v / peak) * PLOT_H + 4} textAnchor="end" className="gz-inspect-axis-text">
            {fmt(v, 'decimal')}
          </text>
        </g>
      ))}
      {goodCounts.map((c, i) => (
        <rect
          key={i}
          x={CHART.left + i * bw + 1}
          width={bw - 2}
          y={bottom - barHeight(c)}
          height={barHeight(c)}
          className="gz-inspect-bar"
        />
      ))}
      {suspectCounts.map((c, i) =>
        c > 0 ? (
          <rect
            key={`s${i}`}
            x={CHART.left + i * bw + 1}
            width={bw - 2}
            y={bottom - barHeight(c)}
            height={barHeight(c)}
            className="gz-inspect-bar gz-inspect-bar--suspect"
          />
        ) : null,
      )}
      {defectCounts.map((c, i) =>
        c > 0 ? (
          <rect
            key={`d${i}`}
            x={CHART.left + i * bw + bw / 4}
            width={bw / 2}
            y={bottom - barHeight(c)}
            height={barHeight(c)}
            className="gz-inspect-bar gz-inspect-bar--defect"
          />
        ) : null,
      )}
      {onScale.map((d, i) => (
        <line
          key={`t${i}`}
          x1={Math.max(CHART.left + 2, x(d))}
          x2={Math.max(CHART.left + 2, x(d))}
          y1={bottom + 2}
          y2={bottom + 10}
          className="gz-inspect-defect-tick"
        />
      ))}
      {offScale > 0 ? (
        <text x={CHART.left + PLOT_W} y={CHART.top + 12} textAnchor="end" className="gz-inspect-defect-offscale" data-off-scale={offScale}>
          {`${offScale} ▸`}
        </text>
      ) : null}
      <line x1={CHART.left} x2={CHART.left + PLOT_W} y1={bottom} y2={bottom} className="gz-inspect-axis" />
      <line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={bottom} className="gz-inspect-axis" />
      {ticks(h.min, h.max, 6).map((v) => (
        <text key={`x${v}`} x={x(v)} y={bottom + 22} textAnchor="middle" className="gz-inspect-axis-text">
          {fmt(v, 'decimal')}
        </text>
      ))}
      <text x={CHART.left + PLOT_W / 2} y={CHART.height - 4} textAnchor="middle" className="gz-inspect-axis-label">
        {t('threshold.xAxis')}
      </text>
      <text
        x={10}
        y={CHART.top + PLOT_H / 2}
        textAnchor="middle"
        transform={`rotate(-90 10 ${CHART.top + PLOT_H / 2})`}
        className="gz-inspect-axis-label"
      >
        {t('threshold.yAxis')}
      </text>
      <line x1={x(proposed)} x2={x(proposed)} y1={CHART.top} y2={bottom} className="gz-inspect-proposed" />
      <line x1={x(value)} x2={x(value)} y1={CHART.top} y2={bottom} className="gz-inspect-line" />
    </svg>
  );
}
