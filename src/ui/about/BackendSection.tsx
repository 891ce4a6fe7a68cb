import { useTranslation } from 'react-i18next';
import type { GpuAdapterFacts } from '../../app/inspection';
import { BackendRow } from './BackendRow';
import { useCapabilities } from './use-capabilities';

function adapterText(adapter: GpuAdapterFacts): string {
  return [adapter.description, adapter.vendor, adapter.architecture].filter((part) => part !== '').join(' · ');
}

export function BackendSection() {
  const { t } = useTranslation('common');
  const state = useCapabilities();
  return (
    <section className="gz-card" aria-labelledby="gz-about-backends" aria-busy={state.status === 'probing'}>
      <h2 className="gz-card-title" id="gz-about-backends">
        {t('backends.title')}
      </h2>
      <p className="gz-field-help">{t('backends.intro')}</p>
      {state.status === 'probing' ? (
        <p role="status">{t('backends.probing')}</p>
      ) : (
        <>
          <ul className="gz-backend-list">
            <BackendRow
              status={state.capabilities.webgpu}
              detail={
                state.capabilities.webgpu.adapter
                  ? t('backends.adapter', { name: adapterText(state.capabilities.webgpu.adapter) })
                  : undefined
              }
            />
            <BackendRow status={state.capabilities.wasmSimd} />
            <BackendRow
              status={state.capabilities.wasmThreads}
              detail={
                state.capabilities.wasmThreads.available
                  ? t('backends.threadCount', { count: state.capabilities.wasmThreads.threadCount })
                  : undefined
              }
            />
          </ul>
        </>
      )}
    </section>
  );
}
