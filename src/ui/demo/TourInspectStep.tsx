import { useTranslation } from 'react-i18next';

/**
 * The live defect check. Inspect is being built in parallel; until it lands on main this step says so
 * plainly instead of faking a result.
 */
export function TourInspectStep() {
  const { t } = useTranslation('demo');
  return (
    <section className="gz-card" data-testid="tour-inspect-pending">
      <p className="gz-notice">{t('inspectPending')}</p>
    </section>
  );
}
