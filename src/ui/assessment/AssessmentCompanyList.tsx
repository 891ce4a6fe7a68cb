import { useTranslation } from 'react-i18next';
import { listCompanies } from '../../app/clients';
import { hrefFor } from '../common/hash-location';
import { useAsync } from '../common/use-async';
import { useLocalized } from '../common/localized';
import { findCluster } from '../../core/clients/clusters';

/** Start of the assessment: pick the company (or add one) before any question. */
export function AssessmentCompanyList() {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const companies = useAsync(listCompanies, 'companies');
  return (
    <section className="gz-card" aria-labelledby="gz-companies-title">
      <h2 className="gz-card-title" id="gz-companies-title">
        {t('companies.title')}
      </h2>
      {companies.status === 'loading' ? <p className="gz-loading">{t('common.loading')}</p> : null}
      {companies.status === 'error' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('common.loadFailed')}
        </p>
      ) : null}
      {companies.status === 'ready' && companies.value.length === 0 ? <p className="gz-lead">{t('companies.empty')}</p> : null}
      {companies.status === 'ready' && companies.value.length > 0 ? (
        <ul className="gz-assess-list">
          {companies.value.map((c) => {
            const cluster = findCluster(c.cluster);
            return (
              <li key={c.id}>
                <a className="gz-assess-list-link" href={hrefFor(`/assess/company/${c.id}`)}>
                  <strong>{c.name}</strong>
                  <span className="gz-field-help">
                    {[cluster ? local(cluster.name) : undefined, t(`profile.industry.${c.industryType}`)].filter(Boolean).join(' · ')}
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="gz-actions">
        <a className="gz-button gz-button--primary" href={hrefFor('/assess/company/new')}>
          {t('companies.add')}
        </a>
      </div>
    </section>
  );
}
