import { useTranslation } from 'react-i18next';
import { drillImageUrl, drillSet } from '../common/drill-assets';
import { useModelCalls } from '../common/use-model-calls';

/** Six parts keep the step under a minute on a modest laptop. */
const SHOWN = 6;

/**
 * The live defect check: the on-device model (the Inspect engine, in its worker) learns from the bundled
 * good images and judges the bundled generated parts while the visitor watches. Nothing is faked.
 */
export function TourInspectStep() {
  const { t } = useTranslation('demo');
  const model = useModelCalls(drillSet, SHOWN, { nameTypes: false });
  const calls = model.status === 'failed' ? [] : model.calls;
  return (
    <section className="gz-card" data-testid="tour-inspect">
      <p>{t('inspectLive', { teach: drillSet.teach.length })}</p>
      {model.status === 'working' ? <p role="status">{t('inspectWorking', { done: model.done, total: model.total })}</p> : null}
      {model.status === 'failed' ? <p className="gz-notice gz-notice--error" role="alert">{t('inspectFailed')}</p> : null}
      <ul className="gz-demo-checks">
        {drillSet.items.slice(0, SHOWN).map((item, i) => {
          const call = calls[i];
          return (
            <li key={item.file} className={call ? `gz-demo-check gz-demo-check--${call.verdict}` : 'gz-demo-check'}>
              <img src={drillImageUrl(item.file)} alt={t('inspectImageAlt', { index: i + 1 })} />
              <span>{call ? t(`inspectVerdict.${call.verdict}`, { score: call.score.toFixed(1) }) : '…'}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
