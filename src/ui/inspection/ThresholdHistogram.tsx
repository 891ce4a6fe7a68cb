import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expectedFalseAlarmRate, histogram } from '../../core/inspection/histogram';
import type { InspectionProject } from '../../core/inspection/records';
import { suspectGoodScores, thresholdForCatchRate } from '../../core/vision';
import { useNumberFormat } from '../../i18n/use-number-format';
import { ScoreChart } from './ScoreChart';

const BINS = 24;
/** The catch rate the screen starts from when defects were taught. */
const DEFAULT_CATCH_PERCENT = 90;

interface Props {
  project: InspectionProject;
  onSave(threshold: number): void;
}

type Mode = 'falseAlarms' | 'catchRate';

/**
 * The threshold screen. Without taught defects: the good photos' held-out scores, the threshold as a line
 * the slider moves and the false-alarm rate it implies (the automatic 2 % rule proposes one). With taught
 * defects the user may instead ask "catch at least N % of defects like these": the lowest threshold that
 * does so on the defects' cross-validated scores, with the false-alarm rate that costs, and how many
 * photos both estimates rest on.
 */
export function ThresholdHistogram({ project, onSave }: Props) {
  const { t } = useTranslation('inspection');
  const { fmt } = useNumberFormat();
  const scores = project.goodScores ?? [];
  const proposed = project.proposedThreshold ?? 0;
  const defects = project.defectScores ?? [];
  const [value, setValue] = useState(project.threshold ?? proposed);
  const [mode, setMode] = useState<Mode>('falseAlarms');
  const [catchPercent, setCatchPercent] = useState(DEFAULT_CATCH_PERCENT);
  // the axis stretches to show the taught defects unless they lie so far out that the good scores would be
  // squeezed into a sliver (those are counted at the edge)
  const reach = 2 * Math.max(proposed * 3, ...scores);
  const h = histogram(scores, BINS, [proposed, value, proposed * 3, ...defects.filter((d) => d <= reach)]);
  // teaching images scoring far above the rest (probably not good parts) are drawn apart and left out of the rate
  const suspectIndex = new Set(suspectGoodScores(scores));
  const suspects = scores.filter((_, i) => suspectIndex.has(i));
  const good = scores.filter((_, i) => !suspectIndex.has(i));
  const caught = defects.filter((d) => d >= value).length;
  const rate = expectedFalseAlarmRate(scores, value);
  const askCatch = (percent: number): void => {
    setCatchPercent(percent);
    const at = thresholdForCatchRate(scores, defects, percent / 100);
    if (at) setValue(at.threshold);
  };
  return (
    <div className="gz-inspect-threshold">
      {defects.length > 0 ? (
        <fieldset className="gz-fieldset" data-threshold-mode={mode}>
          <legend>{t('threshold.modeLegend')}</legend>
          <label className="gz-switch-row">
            <input type="radio" name={`mode-${project.id}`} checked={mode === 'falseAlarms'} onChange={() => setMode('falseAlarms')} />
            <span>{t('threshold.modeFalseAlarms')}</span>
          </label>
          <label className="gz-switch-row">
            <input
              type="radio"
              name={`mode-${project.id}`}
              checked={mode === 'catchRate'}
              onChange={() => {
                setMode('catchRate');
                askCatch(catchPercent);
              }}
            />
            <span>{t('threshold.modeCatchRate')}</span>
          </label>
          {mode === 'catchRate' ? (
            <div className="gz-inspect-catch">
              <label className="gz-field">
                <span className="gz-field-label">{t('threshold.catchAtLeast')}</span>
                <input
                  className="gz-input"
                  type="number"
                  min={1}
                  max={100}
                  step={1}
                  value={catchPercent}
                  onChange={(e) => askCatch(Math.min(100, Math.max(1, Math.round(Number(e.target.value) || 0))))}
                />
              </label>
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <ScoreChart
        h={h}
        good={good}
        suspects={suspects}
        defects={defects}
        proposed={proposed}
        value={value}
        label={t('threshold.chartLabel', { count: scores.length })}
      />
      <p className="gz-inspect-legend">
        <span style={{ ['--swatch' as string]: 'rgba(22, 163, 74, 0.65)' }}>{t('threshold.legendGood', { count: good.length })}</span>
        {defects.length > 0 ? (
          <span style={{ ['--swatch' as string]: 'rgba(124, 58, 237, 0.75)' }}>
            {t('threshold.legendDefects', { count: defects.length })}
          </span>
        ) : null}
        {suspects.length > 0 ? (
          <span style={{ ['--swatch' as string]: '#d97706' }}>{t('threshold.legendSuspects', { count: suspects.length })}</span>
        ) : null}
      </p>
      <label className="gz-field">
        <span className="gz-field-label">{t('threshold.label', { value: fmt(value, 'score') })}</span>
        <input
          type="range"
          min={h.min}
          max={h.max}
          step={(h.max - h.min) / 400}
          value={value}
          onChange={(e) => setValue(Number(e.target.value))}
          aria-valuetext={fmt(value, 'score')}
        />
      </label>
      <p data-false-alarm-rate={rate.toFixed(4)}>{t('threshold.falseAlarm', { rate: fmt(rate, 'percent') })}</p>
      {defects.length > 0 ? (
        <>
          <p data-defects-caught={caught}>{t('threshold.caught', { caught, count: defects.length })}</p>
          <p className="gz-field-help" data-estimate-rests-on={`${good.length}/${defects.length}`}>
            {t('threshold.restsOn', { good: good.length, defects: defects.length, step: fmt(1 / defects.length, 'percent') })}
          </p>
        </>
      ) : null}
      {suspects.length > 0 ? (
        <p className="gz-field-help" data-suspect-scores={suspects.length}>
          {t('threshold.suspects', { count: suspects.length })}
        </p>
      ) : null}
      <p className="gz-field-help">{t('threshold.proposed', { value: fmt(proposed, 'score') })}</p>
      <div className="gz-actions">
        <button className="gz-button gz-button--primary" type="button" onClick={() => onSave(value)} disabled={value === project.threshold}>
          {t('threshold.save')}
        </button>
        <button
          className="gz-button"
          type="button"
          onClick={() => {
            setMode('falseAlarms');
            setValue(proposed);
          }}
        >
          {t('threshold.reset')}
        </button>
      </div>
    </div>
  );
}
