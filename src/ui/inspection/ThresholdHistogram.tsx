import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { binCounts, expectedFalseAlarmRate, histogram } from '../../core/inspection/histogram';
import { suspectGoodScores } from '../../core/vision';
import type { InspectionProject } from '../../core/inspection/records';

const BINS = 24;
const W = 480;
const H = 120;

interface Props {
  project: InspectionProject;
  onSave(threshold: number): void;
}

/** The good images' held-out scores, the threshold as a line the slider moves, and the false-alarm rate it implies. */
export function ThresholdHistogram({ project, onSave }: Props) {
  const { t, i18n } = useTranslation('inspection');
  const scores = project.goodScores ?? [];
  const proposed = project.proposedThreshold ?? 0;
  const [value, setValue] = useState(project.threshold ?? proposed);
  // the defect examples taught for the types are drawn as ticks; the axis stretches to show them unless
  // they lie so far out that the good scores would be squeezed into a sliver (those are counted at the edge)
  const defects = project.defectScores ?? [];
  const reach = 2 * Math.max(proposed * 3, ...scores);
  const h = histogram(scores, BINS, [proposed, value, proposed * 3, ...defects.filter((d) => d <= reach)]);
  const offScale = defects.filter((d) => d > h.max).length;
  // teaching images scoring far above the rest (probably not good parts) are drawn apart and left out of the rate
  const suspects = suspectGoodScores(scores).map((i) => scores[i] ?? 0);
  const suspectCounts = binCounts(suspects, h);
  const peak = Math.max(1, ...h.counts);
  // a single far-out score still shows as a bar, however tall the bulk of the histogram is
  const barHeight = (c: number): number => (c > 0 ? Math.max(4, (c / peak) * (H - 10)) : 0);
  const caught = defects.filter((d) => d >= value).length;
  const x = (v: number) => ((v - h.min) / (h.max - h.min)) * W;
  const rate = expectedFalseAlarmRate(scores, value);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div className="gz-inspect-threshold">
      <svg viewBox={`0 0 ${W} ${H}`} className="gz-inspect-histogram" role="img" aria-label={t('threshold.chartLabel', { count: scores.length })}>
        {h.counts.map((c, i) => (
          <rect key={i} x={(i * W) / BINS + 1} width={W / BINS - 2} y={H - barHeight(c)} height={barHeight(c)} className="gz-inspect-bar" />
        ))}
        {suspectCounts.map((c, i) =>
          c > 0 ? <rect key={`s${i}`} x={(i * W) / BINS + 1} width={W / BINS - 2} y={H - barHeight(c)} height={barHeight(c)} className="gz-inspect-bar gz-inspect-bar--suspect" /> : null,
        )}
        {defects.map((d, i) =>
          d <= h.max ? <line key={`d${i}`} x1={Math.max(2, x(d))} x2={Math.max(2, x(d))} y1={H - 16} y2={H} className="gz-inspect-defect-tick" /> : null,
        )}
        {offScale > 0 ? (
          <text x={W - 4} y={H - 4} textAnchor="end" className="gz-inspect-defect-offscale" data-off-scale={offScale}>
            {`${offScale} ▸`}
          </text>
        ) : null}
        <line x1={x(proposed)} x2={x(proposed)} y1={0} y2={H} className="gz-inspect-proposed" />
        <line x1={x(value)} x2={x(value)} y1={0} y2={H} className="gz-inspect-line" />
      </svg>
      <label className="gz-field">
        <span className="gz-field-label">{t('threshold.label', { value: value.toFixed(2) })}</span>
        <input type="range" min={h.min} max={h.max} step={(h.max - h.min) / 400} value={value} onChange={(e) => setValue(Number(e.target.value))} aria-valuetext={value.toFixed(2)} />
      </label>
      <p data-false-alarm-rate={rate.toFixed(4)}>{t('threshold.falseAlarm', { rate: pct.format(rate) })}</p>
      {defects.length > 0 ? (
        <p data-defects-caught={caught}>{t('threshold.caught', { caught, count: defects.length })}</p>
      ) : null}
      {suspects.length > 0 ? (
        <p className="gz-field-help" data-suspect-scores={suspects.length}>
          {t('threshold.suspects', { count: suspects.length })}
        </p>
      ) : null}
      <p className="gz-field-help">{t('threshold.proposed', { value: proposed.toFixed(2) })}</p>
      <div className="gz-actions">
        <button className="gz-button gz-button--primary" type="button" onClick={() => onSave(value)} disabled={value === project.threshold}>
          {t('threshold.save')}
        </button>
        <button className="gz-button" type="button" onClick={() => setValue(proposed)}>
          {t('threshold.reset')}
        </button>
      </div>
    </div>
  );
}
