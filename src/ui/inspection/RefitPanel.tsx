import { useTranslation } from 'react-i18next';
import type { InspectionSession } from '../../app/inspection';
import { inspectErrorOf } from '../common/inspection-errors';
import type { ProjectsState } from './use-projects';
import { useRefit } from './use-refit';

const MIN_TEACH_COPIES = 5;

/**
 * Review → refit: what the corrections can change, a preview of the refitted model, accept or roll back.
 * `stale`: the project's model cannot be used any more (taught with another backbone): the stored teaching
 * images alone are enough to teach it again, no corrections needed.
 */
export function RefitPanel({
  client,
  projects,
  refreshKey,
  stale = false,
}: {
  client: InspectionSession | undefined;
  projects: ProjectsState;
  refreshKey: number;
  stale?: boolean;
}) {
  const { t, i18n } = useTranslation('inspection');
  const project = projects.selected;
  const { inputs, state, run, accept, discard, rollback, thresholdOnly } = useRefit(client, projects, refreshKey);
  if (!project?.model || !inputs) return null;
  const { plan } = inputs;
  const corrected = plan.usable.length + plan.unusable.length;
  const canRefitModel = inputs.teachGood >= MIN_TEACH_COPIES;
  const fmt = (v: number) => v.toFixed(2);
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="gz-card" aria-labelledby="gz-inspect-refit" data-testid="refit">
      <h2 className="gz-card-title" id="gz-inspect-refit">
        {t('refit.title')}
      </h2>
      {stale && canRefitModel ? <p data-testid="refit-stale">{t('refit.stale', { count: inputs.teachGood })}</p> : null}
      {stale && !canRefitModel ? <p className="gz-notice">{t('refit.staleNoCopies')}</p> : null}
      <p className="gz-field-help">{t('refit.intro')}</p>
      {corrected === 0 ? (
        <p>{t('refit.nothing')}</p>
      ) : (
        <p data-usable={plan.usable.length}>{t('refit.summary', { count: corrected, usable: plan.usable.length })}</p>
      )}
      {plan.unusable.length > 0 ? (
        <>
          <h3>{t('refit.unusableTitle')}</h3>
          <ul className="gz-inspect-skipped" aria-label={t('refit.unusableTitle')}>
            {plan.unusable.map(({ result, reason }) => (
              <li key={result.id}>
                {result.fileName}: {t(`refit.reasons.${reason}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!canRefitModel && !stale ? <p className="gz-notice">{t('refit.noTeachCopies')}</p> : null}
      <div className="gz-actions">
        {canRefitModel ? (
          <button
            className="gz-button gz-button--primary"
            type="button"
            disabled={!client || (plan.usable.length === 0 && !stale) || state.status === 'running'}
            onClick={() => void run()}
          >
            {stale ? t('refit.reteach') : t('refit.run')}
          </button>
        ) : stale ? null : (
          <button className="gz-button" type="button" disabled={corrected === 0} onClick={() => void thresholdOnly()}>
            {t('refit.thresholdOnly')}
          </button>
        )}
      </div>
      {state.status === 'running' ? (
        <div role="status">
          <progress max={state.total} value={state.done} aria-label={t('refit.progressLabel')} />
          <span>{t('refit.progress', { done: state.done, total: state.total })}</span>
        </div>
      ) : null}
      {state.status === 'preview' ? (
        <div className="gz-notice" data-testid="refit-preview">
          <h3>{t('refit.previewTitle')}</h3>
          <ul>
            <li data-old-threshold={state.oldThreshold} data-new-threshold={state.outcome.threshold}>
              {t('refit.threshold', { old: fmt(state.oldThreshold), new: fmt(state.outcome.threshold) })}
            </li>
            <li data-now-right={state.outcome.nowRight} data-corrections={state.outcome.corrections.length}>
              {t('refit.nowRight', { right: state.outcome.nowRight, total: state.outcome.corrections.length })}
            </li>
            <li>{t('refit.goodImages', { teach: state.teachGood, corrected: state.outcome.goodImages - state.teachGood })}</li>
            {state.outcome.types.length > 0 ? (
              <li>
                {t('refit.types', { list: state.outcome.types.map((d) => `${d.name} (${d.examples})`).join(t('refit.listSeparator')) })}
              </li>
            ) : null}
          </ul>
          <div className="gz-actions">
            <button className="gz-button gz-button--primary" type="button" onClick={() => void accept()}>
              {t('refit.accept')}
            </button>
            <button className="gz-button" type="button" onClick={discard}>
              {t('refit.discard')}
            </button>
          </div>
        </div>
      ) : null}
      {state.status === 'accepted' ? <p role="status">{t('refit.accepted')}</p> : null}
      {state.status === 'rolledBack' ? <p role="status">{t('refit.rolledBack')}</p> : null}
      {state.status === 'thresholdOnly' ? (
        <p role="status">{state.value === undefined ? t('history.noCorrections') : t('history.refitted', { value: fmt(state.value) })}</p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {inspectErrorOf(i18n, state.error)}
        </p>
      ) : null}
      {project.previous ? (
        <div className="gz-inspect-previous">
          <p>{t('refit.previous', { threshold: fmt(project.previous.threshold), when: when(project.previous.replacedAt) })}</p>
          <button className="gz-button" type="button" onClick={() => void rollback()}>
            {t('refit.rollback')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
