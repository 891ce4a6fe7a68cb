import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readBackendPreference, writeBackendPreference, type BackendPreference } from '../../app/inspection';
import { ActiveBackend } from '../common/ActiveBackend';
import { useInspectionWorker } from '../common/use-inspection-worker';

/**
 * Starts the inspection worker with the user's backend setting and shows what it really chose and why, with
 * the setting itself, so About answers "what runs my checks" rather than only "what could this machine run".
 */
export function InspectionBackendSection() {
  const { t } = useTranslation('inspection');
  const [preference, setPreference] = useState<BackendPreference>(readBackendPreference);
  const worker = useInspectionWorker(preference);
  const choose = (value: BackendPreference) => {
    writeBackendPreference(value);
    setPreference(value);
  };
  return (
    <section className="gz-card gz-inspect-backend" aria-labelledby="gz-about-inspection-backend" aria-busy={worker.status === 'starting'}>
      <h2 className="gz-card-title" id="gz-about-inspection-backend">
        {t('backend.aboutTitle')}
      </h2>
      <p className="gz-field-help">{t('backend.aboutIntro')}</p>
      <ActiveBackend worker={worker} />
      <label className="gz-field">
        <span className="gz-field-label">{t('backend.preference')}</span>
        <select className="gz-select" value={preference} onChange={(e) => choose(e.target.value as BackendPreference)}>
          <option value="auto">{t('backend.options.auto')}</option>
          <option value="webgpu">{t('backend.options.webgpu')}</option>
          <option value="wasm">{t('backend.options.wasm')}</option>
        </select>
      </label>
    </section>
  );
}
