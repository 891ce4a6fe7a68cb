import { useTranslation } from 'react-i18next';
import { ActiveBackend } from '../inspection/ActiveBackend';
import { readBackendPreference } from '../common/backend-preference';
import { useInspectionWorker } from '../inspection/use-inspection-worker';

/**
 * Starts the inspection worker with the user's backend setting and shows what it really chose, so
 * About answers "what runs my checks" rather than only "what could this machine run".
 */
export function InspectionBackendSection() {
  const { t } = useTranslation('inspection');
  const worker = useInspectionWorker(readBackendPreference());
  return (
    <section className="gz-card" aria-labelledby="gz-about-inspection-backend" aria-busy={worker.status === 'starting'}>
      <h2 className="gz-card-title" id="gz-about-inspection-backend">
        {t('backend.aboutTitle')}
      </h2>
      <p className="gz-field-help">{t('backend.aboutIntro')}</p>
      <ActiveBackend worker={worker} />
    </section>
  );
}
