import { useTranslation } from 'react-i18next';
import { drillTypeName } from '../common/drill-type';
import { judgementOutcome, scoreJudgements, type Judgement } from '../../core/training/drill';
import { drillImageUrl, drillSet } from '../common/drill-assets';
import type { DrillSaveState } from './use-drill-attempts';
import type { ModelCallsState } from '../common/use-model-calls';

const pct = (x: number) => Math.round(x * 100);

/* Spelled out so the i18n key check sees every key. */
const outcomeKeys = { right: 'drill.right', typeWrong: 'drill.typeWrong', wrong: 'drill.wrong' } as const;

/** The trainee's accuracy next to the model's, and every image with both calls and the ground truth. */
export function DrillResults({
  calls,
  model,
  saveState,
  onAgain,
}: {
  calls: readonly Judgement[];
  model: ModelCallsState;
  saveState: DrillSaveState | undefined;
  onAgain: () => void;
}) {
  const { t } = useTranslation('training');
  const mine = scoreJudgements(drillSet.items, calls);
  const modelCalls = model.status === 'ready' ? model.calls : undefined;
  const theirs = modelCalls ? scoreJudgements(drillSet.items, modelCalls) : undefined;
  const modelTypes = (drillSet.typeExamples?.length ?? 0) > 0;
  const callText = (call: Judgement | undefined) =>
    call ? (call.verdict === 'ok' ? t('drill.ok') : t('drill.ng', { type: drillTypeName(t, call.defectType) })) : '';
  return (
    <>
      <section className="gz-card" data-testid="drill-summary">
        <p className="gz-train-points">
          {t('drill.yourAccuracy', { percent: pct(mine.accuracy), correct: mine.correct, total: mine.total })}
        </p>
        <p>
          {t('drill.yourDetail', {
            missed: mine.missed,
            falseAlarms: mine.falseAlarms,
            typeCorrect: mine.typeCorrect,
            defective: mine.defective,
          })}
        </p>
        {model.status === 'working' ? <p role="status">{t('drill.modelWorking', { done: model.done, total: model.total })}</p> : null}
        {model.status === 'failed' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('drill.modelFailed')}
          </p>
        ) : null}
        {theirs ? (
          <p>
            {t('drill.modelAccuracy', {
              percent: pct(theirs.accuracy),
              correct: theirs.correct,
              total: theirs.total,
              missed: theirs.missed,
              falseAlarms: theirs.falseAlarms,
            })}
          </p>
        ) : null}
        {theirs && modelTypes ? <p>{t('drill.modelTypes', { typeCorrect: theirs.typeCorrect, defective: theirs.defective })}</p> : null}
        <p className="gz-field-help">
          {modelTypes ? t('drill.modelNoteTypes', { examples: drillSet.typeExamples?.length ?? 0 }) : t('drill.modelNote')}
        </p>
        {saveState === 'saved' ? <p role="status">{t('drill.saved')}</p> : null}
        {saveState === 'failed' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {t('drill.saveFailed')}
          </p>
        ) : null}
        <div className="gz-actions">
          <button type="button" className="gz-button gz-button--primary" onClick={onAgain}>
            {t('again')}
          </button>
        </div>
      </section>
      <section className="gz-card">
        <table className="gz-train-table" aria-label={t('drill.tableLabel')}>
          <thead>
            <tr>
              <th>{t('drill.col.image')}</th>
              <th>{t('drill.col.yours')}</th>
              <th>{t('drill.col.model')}</th>
              <th>{t('drill.col.truth')}</th>
            </tr>
          </thead>
          <tbody>
            {drillSet.items.map((item, i) => {
              const call = modelCalls?.[i];
              return (
                <tr key={item.file}>
                  <td>
                    <img className="gz-drill-thumb" src={drillImageUrl(item.file)} alt={t('drill.imageAlt', { index: i + 1 })} />
                  </td>
                  <td>
                    {callText(calls[i])} {t(outcomeKeys[judgementOutcome(item, calls[i])])}
                  </td>
                  <td>
                    {call
                      ? t('drill.modelCall', {
                          call: call.verdict === 'ok' ? t('drill.ok') : modelTypes ? callText(call) : t('drill.ngPlain'),
                          score: call.score,
                          threshold: call.threshold,
                        })
                      : '…'}
                  </td>
                  <td>{callText(item.truth === 'ok' ? { verdict: 'ok' } : { verdict: 'ng', defectType: item.defectType })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
