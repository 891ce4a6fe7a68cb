import { useTranslation } from 'react-i18next';
import { bundledCases } from '../../core/training/bundled-cases';
import { summariseProgress } from '../../core/training/progress';
import { findCluster } from '../../core/clients/clusters';
import { useLocalized } from '../common/localized';
import { hrefFor } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { CaseFileCheck } from './CaseFileCheck';
import { DrillHistory } from './DrillHistory';
import { useAttempts } from './use-training';

/** The scenario cases with the trainee's progress on each. */
export function CaseList() {
  const { t } = useTranslation('training');
  const local = useLocalized();
  const { attempts, failed } = useAttempts();
  const cases = bundledCases();
  const progress = summariseProgress(
    cases.map((c) => c.trainingCase.id),
    attempts ?? [],
  );
  return (
    <>
      <ScreenHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <a className="gz-button gz-button--primary" href={hrefFor('/training/drill')}>
            {t('drill.open')}
          </a>
        }
      />
      {failed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('attemptsFailed')}
        </p>
      ) : null}
      <ul className="gz-train-cases" aria-label={t('casesLabel')}>
        {cases.map(({ trainingCase }, index) => {
          const p = progress[index];
          const cluster = findCluster(trainingCase.cluster);
          return (
            <li key={trainingCase.id} className="gz-card">
              <h2 className="gz-card-title">
                <a href={hrefFor(`/training/case/${trainingCase.id}`)}>{local(trainingCase.title)}</a>
              </h2>
              <p className="gz-field-help">
                {[cluster ? local(cluster.name) : trainingCase.cluster, t(`industry.${trainingCase.industryType}`)].join(' · ')}
              </p>
              <p data-testid={`progress-${trainingCase.id}`}>
                {p && p.attempts > 0 ? t('progress', { count: p.attempts, best: p.best, latest: p.latest }) : t('notTried')}
                {p?.improvement !== undefined
                  ? ` ${t('improvement', { points: p.improvement > 0 ? `+${p.improvement}` : p.improvement })}`
                  : ''}
              </p>
            </li>
          );
        })}
      </ul>
      <DrillHistory />
      <CaseFileCheck />
    </>
  );
}
