import { useTranslation } from 'react-i18next';
import type { BackendPreference, ChoiceReason } from '../../inference/backend-choice';
import { inspectErrorOf } from './inspect-errors';
import type { WorkerState } from './use-inspection-worker';

/* Spelled out so the i18n key check sees every key. */
const reasonKeys: Partial<Record<ChoiceReason, string>> = {
  'forced-webgpu': 'inspect:backend.reasons.forcedWebgpu',
  'forced-wasm': 'inspect:backend.reasons.forcedWasm',
  'forced-webgpu-unavailable': 'inspect:backend.reasons.forcedWebgpuUnavailable',
  'webgpu-session-failed': 'inspect:backend.reasons.webgpuSessionFailed',
  'test-software-adapter': 'inspect:backend.reasons.testSoftwareAdapter',
};

function reasonKey(reason: ChoiceReason): string {
  return reasonKeys[reason] ?? `common:backends.reasons.${reason.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

interface Props {
  worker: WorkerState;
  preference: BackendPreference;
  onPreference(value: BackendPreference): void;
}

export function BackendPanel({ worker, preference, onPreference }: Props) {
  const { t, i18n } = useTranslation('inspect');
  return (
    <section className="gz-card gz-inspect-backend" aria-labelledby="gz-inspect-backend">
      <h2 className="gz-card-title" id="gz-inspect-backend">
        {t('backend.title')}
      </h2>
      {worker.status === 'starting' ? <p role="status">{t('backend.starting')}</p> : null}
      {worker.status === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {inspectErrorOf(t, i18n.exists, worker.error)}
        </p>
      ) : null}
      {worker.status === 'ready' ? (
        <div data-backend-choice={worker.init.choice.backend}>
          <p className="gz-backend-preferred">
            {t(`backend.running.${worker.init.choice.backend === 'wasm-threads' ? 'wasmThreads' : worker.init.choice.backend}`, { count: worker.init.choice.threads })}
          </p>
          <ul className="gz-inspect-reasons">
            {worker.init.choice.reasons.map((r) => (
              <li key={r}>{t(reasonKey(r))}</li>
            ))}
          </ul>
        </div>
      ) : null}
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
