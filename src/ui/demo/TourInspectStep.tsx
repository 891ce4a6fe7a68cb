import { useTranslation } from 'react-i18next';
import type { Judgement } from '../../core/training/drill';
import { drillImageUrl, drillSet } from '../common/drill-assets';
import { drillTypeName } from '../common/drill-type';
import { useModelCalls } from '../common/use-model-calls';

/** Six parts keep the step under a minute on a modest laptop. */
const SHOWN = 6;

/**
 * The live defect check: the on-device model (the Inspect engine, in its worker) learns from the bundled
 * good images and the labelled defect examples, then judges the bundled generated parts while the visitor
 * watches, naming the defect type; the true answer stands under each part. Nothing is faked.
 */
export function TourInspectStep() {
  const { t, i18n } = useTranslation(['demo', 'training']);
  const trainingT = i18n.getFixedT(null, 'training');
  const model = useModelCalls(drillSet, SHOWN);
  const calls = model.status === 'failed' ? [] : model.calls;
  const typeName = (type: string | undefined) => drillTypeName(trainingT, type);
  const said = (call: Judgement & { score: number }) =>
    call.verdict === 'ok'
      ? t('inspectVerdict.ok', { score: call.score })
      : t('inspectVerdict.ngType', { score: call.score, type: typeName(call.defectType) });
  return (
    <section className="gz-card" data-testid="tour-inspect">
      <p>{t('inspectLive', { teach: drillSet.teach.length })}</p>
      {model.status === 'working' ? <p role="status">{t('inspectWorking', { done: model.done, total: model.total })}</p> : null}
      {model.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('inspectFailed')}
        </p>
      ) : null}
      <ul className="gz-demo-checks">
        {drillSet.items.slice(0, SHOWN).map((item, i) => {
          const call = calls[i];
          return (
            <li key={item.file} className={call ? `gz-demo-check gz-demo-check--${call.verdict}` : 'gz-demo-check'}>
              <img src={drillImageUrl(item.file)} alt={t('inspectImageAlt', { index: i + 1 })} />
              <span>{call ? said(call) : '…'}</span>
              <span className="gz-field-help">
                {t('inspectTruth', {
                  truth: item.truth === 'ok' ? t('training:drill.ok') : t('training:drill.ng', { type: typeName(item.defectType) }),
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
