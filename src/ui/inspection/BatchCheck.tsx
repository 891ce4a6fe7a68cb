import { useTranslation } from 'react-i18next';
import type { InspectionProject } from '../../core/inspection/records';
import type { BackendChoice } from '../../app/inspection';
import type { InspectionSession } from '../../app/inspection';
import { BatchSummary } from './BatchSummary';
import { ImageSourceButtons } from './ImageSourceButtons';
import { inspectErrorOf, inspectErrorText } from '../common/inspection-errors';
import { useBatch } from './use-batch';

export function BatchCheck({
  client,
  backend,
  project,
  onOpenRecords,
}: {
  client: InspectionSession;
  backend: BackendChoice['backend'];
  project: InspectionProject;
  onOpenRecords(): void;
}) {
  const { t, i18n } = useTranslation('inspection');
  const { state, start, pause, cancel, resume } = useBatch(client, backend, project);
  const batch = state.batch;
  const done = batch?.items.filter((i) => i.state !== 'pending').length ?? 0;
  const failed = batch?.items.filter((i) => i.state === 'failed') ?? [];
  return (
    <div className="gz-inspect-batch" aria-labelledby="gz-inspect-batch">
      <h3 id="gz-inspect-batch">{t('batch.title')}</h3>
      <ImageSourceButtons
        disabled={state.running}
        onSources={(f) => void start(f)}
        filesLabel={t('batch.files')}
        folderLabel={t('batch.folder')}
      />
      {state.queueing ? (
        <div data-batch-status="queueing">
          <progress max={state.queueing.total} value={state.queueing.queued} aria-label={t('batch.queueingLabel')} />
          <p role="status">{t('batch.queueing', { queued: state.queueing.queued, total: state.queueing.total })}</p>
        </div>
      ) : null}
      {batch && !state.queueing ? (
        <div data-batch-status={batch.status} data-testid="batch">
          <progress max={batch.items.length} value={done} aria-label={t('batch.progressLabel')} />
          <p role="status">{t(`batch.status.${batch.status}`, { done, total: batch.items.length })}</p>
          <div className="gz-actions">
            {state.running ? (
              <button className="gz-button" type="button" onClick={pause}>
                {t('batch.pause')}
              </button>
            ) : null}
            {!state.running && (batch.status === 'paused' || batch.status === 'running') ? (
              <button className="gz-button gz-button--primary" type="button" onClick={resume}>
                {t('batch.resume')}
              </button>
            ) : null}
            {batch.status === 'paused' || batch.status === 'running' ? (
              <button className="gz-button" type="button" onClick={() => void cancel()}>
                {t('batch.cancel')}
              </button>
            ) : null}
          </div>
          {!state.running && (batch.status === 'done' || batch.status === 'cancelled') ? (
            <BatchSummary batch={batch} project={project} onOpenRecords={onOpenRecords} />
          ) : null}
          {failed.length > 0 ? (
            <ul className="gz-inspect-skipped" aria-label={t('batch.failedLabel')}>
              {failed.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  {f.name}: {inspectErrorText(i18n, f.errorCode ?? 'inspect.unexpected', { ...f.errorParams })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.error ? (
        <div className="gz-notice gz-notice--error" role="alert" data-testid="batch-error">
          <p>{inspectErrorOf(i18n, state.error)}</p>
          {batch && !state.running && batch.status === 'paused' ? (
            <p>{t('batch.storagePaused', { done, left: batch.items.length - done })}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
