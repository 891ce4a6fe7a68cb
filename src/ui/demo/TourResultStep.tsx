import { useTranslation } from 'react-i18next';
import { DomainCharts } from '../common/DomainCharts';
import { LevelBadge } from '../common/LevelBadge';
import { StrengthsWeaknesses } from '../common/StrengthsWeaknesses';
import { useResult } from '../common/use-result';

/** The sample's capability-maturity result, computed by the scoring engine from its answers. */
export function TourResultStep({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation(['demo', 'assessment']);
  const data = useResult(assessmentId);
  if (data.status === 'loading') return <p className="gz-loading">{t('loading')}</p>;
  if (data.status === 'error' || !data.value)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('tour.notLoaded')}
      </p>
    );
  const { framework, result } = data.value;
  return (
    <>
      <section className="gz-card">
        <LevelBadge framework={framework} result={result} />
      </section>
      <section className="gz-card">
        <DomainCharts framework={framework} result={result} />
      </section>
      <section className="gz-card" aria-labelledby="gz-tour-strengths">
        <h2 className="gz-card-title" id="gz-tour-strengths">
          {t('assessment:results.strengthsTitle')}
        </h2>
        <StrengthsWeaknesses framework={framework} result={result} />
      </section>
    </>
  );
}
