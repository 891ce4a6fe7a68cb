import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expectedFalseAlarmRate, histogram } from '../../core/inspect/histogram';
import type { InspectionProject } from '../../core/inspect/records';

const BINS = 24;
const W = 480;
const H = 120;

interface Props {
  project: InspectionProject;
  onSave(threshold: number): void;
}

/** The good images' held-out scores, the threshold as a line the slider moves, and the false-alarm rate it implies. */
export function ThresholdHistogram({ project, onSave }: Props) {
  const { t, i18n } = useTranslation('inspect');
  const scores = project.goodScores ?? [];
  const proposed = project.proposedThreshold ?? 0;
  const [value, setValue] = useState(project.threshold ?? proposed);
  const h = histogram(scores, BINS, [proposed, value, proposed * 3]);
  const peak = Math.max(1, ...h.counts);
  const x = (v: number) => ((v - h.min) / (h.max - h.min)) * W;
  const rate = expectedFalseAlarmRate(scores, value);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <div className="gz-inspect-threshold">
      <svg viewBox={`0 0 ${W} ${H}`} className="gz-inspect-histogram" role="img" aria-label={t('threshold.chartLabel', { count: scores.length })}>
        {h.counts.map((c, i) => (
          <rect key={i} x={(i * W) / BINS + 1} width={W / BINS - 2} y={H - (c / peak) * (H - 10)} height={(c / peak) * (H - 10)} className="gz-inspect-bar" />
        ))}
        <line x1={x(proposed)} x2={x(proposed)} y1={0} y2={H} className="gz-inspect-proposed" />
        <line x1={x(value)} x2={x(value)} y1={0} y2={H} className="gz-inspect-line" />
      </svg>
      <label className="gz-field">
        <span className="gz-field-label">{t('threshold.label', { value: value.toFixed(2) })}</span>
        <input type="range" min={h.min} max={h.max} step={(h.max - h.min) / 400} value={value} onChange={(e) => setValue(Number(e.target.value))} aria-valuetext={value.toFixed(2)} />
      </label>
      <p data-false-alarm-rate={rate.toFixed(4)}>{t('threshold.falseAlarm', { rate: pct.format(rate) })}</p>
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
