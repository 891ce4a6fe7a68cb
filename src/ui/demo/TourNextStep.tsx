import { useTranslation } from 'react-i18next';
import { hrefFor } from '../common/hash-location';

/** Where a visitor goes after the tour: their own quick check, on the spot. */
export function TourNextStep() {
  const { t } = useTranslation('demo');
  return (
    <section className="gz-card">
      <ul className="gz-demo-list">
        <li>{t('next.ownCheck')}</li>
        <li>{t('next.report')}</li>
        <li>{t('next.followUp')}</li>
      </ul>
      <a className="gz-button gz-button--primary gz-demo-big" href={hrefFor('/assess/company/new')}>
        {t('next.assessNow')}
      </a>
    </section>
  );
}
