import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCompanyAssessments, startAssessment } from '../../app/assessment';
import { bundledFrameworks } from '../../core/assessment/bundled-frameworks';
import type { Framework } from '../../core/assessment/framework-schema';
import { findCluster } from '../../core/clients/clusters';
import { revenueBandText } from './revenue-band';
import { hrefFor, navigate } from '../common/hash-location';
import { useSettings } from '../common/SettingsContext';
import { AssessmentHistory } from './AssessmentHistory';
import { FrameworkChooser } from './FrameworkChooser';
import { useLocalized } from '../common/localized';
import { useAsync } from '../common/use-async';

/** One company: its profile, its assessments, and starting a new one. */
export function CompanyAssessments({ companyId, remember }: { companyId: string; remember: boolean }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const { settings, updateSettings } = useSettings();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const data = useAsync(() => loadCompanyAssessments(companyId), companyId);
  const loadedId = data.status === 'ready' ? data.value.company?.id : undefined;
  useEffect(() => {
    // A company opened by its own address becomes the active one (the header switcher shows it too).
    if (remember && loadedId && settings.activeCompanyId !== loadedId)
      void updateSettings({ activeCompanyId: loadedId }).catch(() => undefined);
  }, [remember, loadedId, settings.activeCompanyId, updateSettings]);

  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value.company)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('companies.notFound')}
      </p>
    );
  const { company, assessments } = data.value;
  const cluster = findCluster(company.cluster);

  const start = (framework: Framework) => {
    setBusy(true);
    setFailed(false);
    startAssessment(company, framework)
      .then((record) => navigate(`/assess/run/${record.id}`))
      .catch((error: unknown) => {
        console.error('assessment not created', error);
        setFailed(true);
        setBusy(false);
      });
  };

  return (
    <>
      <section className="gz-card" aria-labelledby="gz-company-title">
        <h2 className="gz-card-title" id="gz-company-title">
          {company.name}
        </h2>
        <dl className="gz-info-list">
          <dt>{t('profile.cluster')}</dt>
          <dd>{cluster ? local(cluster.name) : t('profile.notGiven')}</dd>
          <dt>{t('profile.subSector')}</dt>
          <dd>{company.subSector ?? t('profile.notGiven')}</dd>
          <dt>{t('profile.industryType')}</dt>
          <dd>{t(`profile.industry.${company.industryType}`)}</dd>
          <dt>{t('profile.size')}</dt>
          <dd>{company.size ? t(`profile.sizes.${company.size}`) : t('profile.notGiven')}</dd>
          <dt>{t('profile.revenueBand')}</dt>
          <dd>{revenueBandText(t, company.revenueBand)}</dd>
        </dl>
        <div className="gz-actions">
          <a className="gz-button" href={hrefFor(`/assess/company/${company.id}/edit`)}>
            {t('profile.edit')}
          </a>
          <a className="gz-button" href={hrefFor('/assess/companies')}>
            {t('companies.switch')}
          </a>
        </div>
      </section>
      <section className="gz-card" aria-labelledby="gz-history-title">
        <h2 className="gz-card-title" id="gz-history-title">
          {t('history.title')}
        </h2>
        <AssessmentHistory assessments={assessments} />
        {assessments.filter((a) => a.status === 'completed').length >= 2 ? (
          <div className="gz-actions">
            <a className="gz-button" href={hrefFor(`/results/company/${company.id}`)}>
              {t('history.compare')}
            </a>
          </div>
        ) : null}
      </section>
      {failed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('frameworks.startFailed')}
        </p>
      ) : null}
      <FrameworkChooser frameworks={bundledFrameworks()} onStart={start} busy={busy} />
    </>
  );
}
