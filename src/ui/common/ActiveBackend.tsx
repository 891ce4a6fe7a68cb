import { useTranslation } from 'react-i18next';
import type { ChoiceReason } from '../../app/inspection';
import { backendReasonKeys } from './backend-labels';
import { inspectErrorOf } from './inspection-errors';
import type { WorkerState } from './use-inspection-worker';

/* Spelled out in full: the compiler checks every key against the locale files. */
const reasonKeys = {
  ...backendReasonKeys,
  'forced-webgpu': 'inspection:backend.reasons.forcedWebgpu',
  'forced-wasm': 'inspection:backend.reasons.forcedWasm',
  'forced-webgpu-unavailable': 'inspection:backend.reasons.forcedWebgpuUnavailable',
  'webgpu-session-failed': 'inspection:backend.reasons.webgpuSessionFailed',
  'test-software-adapter': 'inspection:backend.reasons.testSoftwareAdapter',
  'benchmark-webgpu-faster': 'inspection:backend.reasons.benchmarkWebgpuFaster',
  'benchmark-wasm-faster': 'inspection:backend.reasons.benchmarkWasmFaster',
} as const satisfies Record<ChoiceReason, string>;

/**
 * What the inspection worker reported when it started: the backend its session really runs on and
 * why (a forced choice, a missing adapter, a GPU session that failed and fell back). Inspect and About
 * both show this, not merely what the machine could offer.
 */
export function ActiveBackend({ worker }: { worker: WorkerState }) {
  const { t, i18n } = useTranslation(['inspection', 'common']);
  if (worker.status === 'starting') return <p role="status">{t('backend.starting')}</p>;
  if (worker.status === 'failed') {
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {inspectErrorOf(i18n, worker.error)}
      </p>
    );
  }
  const { choice } = worker.init;
  const bench = choice.benchmark;
  return (
    <div data-backend-choice={choice.backend}>
      <p className="gz-backend-preferred">
        {t(`backend.running.${choice.backend === 'wasm-threads' ? 'wasmThreads' : choice.backend}`, { count: choice.threads })}
      </p>
      <ul className="gz-inspect-reasons">
        {choice.reasons.map((r) => (
          <li key={r}>{t(reasonKeys[r])}</li>
        ))}
      </ul>
      {bench ? (
        <p className="gz-field-help" data-testid="backend-benchmark">
          {t(bench.fromCache ? 'backend.benchmarkCached' : 'backend.benchmark', {
            webgpu: bench.webgpuMs,
            wasm: bench.wasmMs,
            date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(bench.measuredAt)),
          })}
        </p>
      ) : null}
    </div>
  );
}
