import { useTranslation } from 'react-i18next';
import type { RejectReason } from '../../core/park/import-bundles';
import type { ImportState } from './use-park';

/** Progress while importing; afterwards how many came in and every file refused, with its reason. */
export function ImportReport({ state }: { state: ImportState }) {
  const { t } = useTranslation(['park', 'assessment']);
  const reasonText = (reason: RejectReason): string => {
    if (reason.code === 'park.duplicate') return t(`duplicate.${reason.duplicateOf}`);
    if (reason.code === 'park.nothingCompleted') return t('nothingCompleted');
    const first = reason.problems[0];
    const detail = first ? t(`assessment:import.${first.code}`, { ...first.params, path: first.path }) : '';
    return reason.problems.length > 1 ? t('moreProblems', { detail, count: reason.problems.length - 1 }) : detail;
  };
  if (state.status === 'running') {
    return (
      <div className="gz-card" role="status" aria-live="polite">
        <progress className="gz-park-progress" value={state.done} max={state.total} aria-label={t('progressLabel')} />
        <p>{t(state.stage === 'storing' ? 'storing' : 'progress', { done: state.done, total: state.total })}</p>
      </div>
    );
  }
  if (state.status === 'failed')
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('importFailed')}
      </p>
    );
  if (state.status !== 'finished') return null;
  const { acceptedCount, rejected } = state.outcome;
  return (
    <div className="gz-card" data-testid="park-import-report">
      <p role="status">{t('imported', { count: acceptedCount, rejected: rejected.length })}</p>
      {rejected.length > 0 ? (
        <details open={rejected.length <= 20}>
          <summary>{t('rejectedTitle', { count: rejected.length })}</summary>
          <ul className="gz-park-rejected">
            {rejected.slice(0, 200).map((r, i) => (
              <li key={i}>{t('rejectedLine', { name: r.name, reason: reasonText(r.reason) })}</li>
            ))}
          </ul>
          {rejected.length > 200 ? <p>{t('moreRejected', { count: rejected.length - 200 })}</p> : null}
        </details>
      ) : null}
    </div>
  );
}
