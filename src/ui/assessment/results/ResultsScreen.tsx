import { useTranslation } from 'react-i18next';
import { useHashPath } from '../../common/use-hash-path';
import { hrefFor } from '../../common/hash-location';
import { ScreenHeader } from '../../common/ScreenHeader';
import { useSettings } from '../../common/SettingsContext';
import { BundleButtons } from './BundleButtons';
import { CompanyResults } from './CompanyResults';
import { CompareView } from './CompareView';
import { ReportView } from './ReportView';
import { ResultView } from './ResultView';
import '../assessment.css';

/** /results, /results/<id>, /results/<id>/report, /results/company/<companyId>, /results/compare/<a>/<b> */
export function ResultsScreen() {
  const { t } = useTranslation('assessment');
  const path = useHashPath();
  const { settings } = useSettings();
  const [, , first, second, third] = path.split('/');
  if (first === 'compare' && second && third) return <CompareView beforeId={second} afterId={third} />;
  if (first && first !== 'company' && second === 'report') return <ReportView assessmentId={first} />;
  if (first && first !== 'company') return <ResultView assessmentId={first} />;
  const companyId = first === 'company' ? second : settings.activeCompanyId;
  return (
    <>
      <ScreenHeader title={t('results.screenTitle')} subtitle={t('results.screenSubtitle')} />
      {companyId ? (
        <CompanyResults companyId={companyId} />
      ) : (
        <p className="gz-lead">
          <a href={hrefFor('/assess')}>{t('results.pickCompany')}</a>
        </p>
      )}
      <section className="gz-card" aria-labelledby="gz-import-title">
        <h2 className="gz-card-title" id="gz-import-title">
          {t('bundle.importTitle')}
        </h2>
        <p className="gz-field-help">{t('bundle.importHelp')}</p>
        <BundleButtons />
      </section>
    </>
  );
}
