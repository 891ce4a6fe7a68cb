import { useTranslation } from 'react-i18next';
import type { BackendPreference } from '../../inference/backend-choice';
import { ActiveBackend } from './ActiveBackend';
import type { WorkerState } from './use-inspection-worker';

interface Props {
  worker: WorkerState;
  preference: BackendPreference;
  onPreference(value: BackendPreference): void;
}

export function BackendPanel({ worker, preference, onPreference }: Props) {
  const { t } = useTranslation('inspection');
  return (
    <section className="gz-card gz-inspect-backend" aria-labelledby="gz-inspect-backend">
      <h2 className="gz-card-title" id="gz-inspect-backend">
        {t('backend.title')}
      </h2>
      <ActiveBackend worker={worker} />
      <label className="gz-field">
        <span className="gz-field-label">{t('backend.preference')}</span>
        <select className="gz-select" value={preference} onChange={(e) => onPreference(e.target.value as BackendPreference)}>
          <option value="auto">{t('backend.options.auto')}</option>
          <option value="webgpu">{t('backend.options.webgpu')}</option>
          <option value="wasm">{t('backend.options.wasm')}</option>
        </select>
      </label>
    </section>
  );
}
