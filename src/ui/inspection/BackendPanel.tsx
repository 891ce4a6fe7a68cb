import { useTranslation } from 'react-i18next';
import { hrefFor } from '../common/hash-location';
import { inspectErrorOf } from '../common/inspection-errors';
import type { WorkerState } from '../common/use-inspection-worker';

/**
 * One line on the Inspect screen: what the checks run on, or why the engine did not start. The reasons, the
 * speed test and the setting live on About, so the first thing Inspect shows is the work, not the engine.
 */
export function BackendPanel({ worker }: { worker: WorkerState }) {
  const { t, i18n } = useTranslation('inspection');
  return (
    <section className="gz-inspect-backend-line" aria-label={t('backend.title')}>
      {worker.status === 'starting' ? <p role="status">{t('backend.starting')}</p> : null}
      {worker.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {inspectErrorOf(i18n, worker.error)}
        </p>
      ) : null}
      {worker.status === 'ready' ? (
        <p className="gz-field-help" data-backend-choice={worker.init.choice.backend}>
          {t(`backend.running.${worker.init.choice.backend === 'wasm-threads' ? 'wasmThreads' : worker.init.choice.backend}`, {
            count: worker.init.choice.threads,
          })}{' '}
          <a href={hrefFor('/about')}>{t('backend.moreOnAbout')}</a>
        </p>
      ) : null}
    </section>
  );
}
