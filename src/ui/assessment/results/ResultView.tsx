import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../common/localized';
import { hrefFor } from '../../common/hash-location';
import { ScreenHeader } from '../../common/ScreenHeader';
import { BundleButtons } from './BundleButtons';
import { DomainCharts } from '../../common/DomainCharts';
import { GapSections } from './GapSections';
import { LevelBadge } from '../../common/LevelBadge';
import { ParkComparison } from './ParkComparison';
import { PeerComparison } from './PeerComparison';
import { StrengthsWeaknesses } from '../../common/StrengthsWeaknesses';
import { useResult } from '../../common/use-result';

export function ResultView({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const data = useResult(assessmentId);
  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('results.notFound')}
      </p>
    );
  const loaded = data.value;
  const { framework, result, company, record } = loaded;
  return (
    <>
      <ScreenHeader
        title={t('results.title', { company: company?.name ?? '' })}
        subtitle={local(framework.name)}
        actions={
          <>
            <a className="gz-button gz-button--primary" href={hrefFor(`/results/${record.id}/report`)}>
              {t('report.open')}
            </a>
            <a className="gz-button" href={hrefFor(`/assess/company/${record.companyId}`)}>
              {t('results.backToCompany')}
            </a>
          </>
        }
      />
      <p className="gz-notice">{t('frameworks.selfAssessment')}</p>
      <section className="gz-card">
        <LevelBadge framework={framework} result={result} />
      </section>
      <section className="gz-card" aria-labelledby="gz-charts-title">
        <h2 className="gz-card-title" id="gz-charts-title">
          {t('results.chartsTitle')}
        </h2>
        <DomainCharts framework={framework} result={result} />
      </section>
      <section className="gz-card" aria-labelledby="gz-sw-title">
        <h2 className="gz-card-title" id="gz-sw-title">
          {t('results.strengthsTitle')}
        </h2>
        <StrengthsWeaknesses framework={framework} result={result} />
      </section>
      <GapSections loaded={loaded} look="card" gapLimit={12} />
      <section className="gz-card" aria-labelledby="gz-peers-title">
        <h2 className="gz-card-title" id="gz-peers-title">
          {t('peers.title')}
        </h2>
        <PeerComparison result={result} />
        <ParkComparison framework={framework} result={result} />
      </section>
      <section className="gz-card" aria-labelledby="gz-bundle-title">
        <h2 className="gz-card-title" id="gz-bundle-title">
          {t('bundle.title')}
        </h2>
        <BundleButtons loaded={loaded} />
      </section>
    </>
  );
}
