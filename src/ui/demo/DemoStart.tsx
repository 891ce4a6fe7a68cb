import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tourPath } from '../../core/demo/tour';
import { bundledSamples } from '../../core/demo/bundled-samples';
import { navigate } from '../common/hash-location';
import { ScreenHeader } from '../common/ScreenHeader';
import { useErrorText } from '../common/use-error-text';
import { SampleCard } from './SampleCard';
import { useDemo } from './use-demo';

/** Pick a sample factory to tour; reset or remove the demo companies in one click. */
export function DemoStart() {
  const { t } = useTranslation('demo');
  const errorText = useErrorText();
  const { action, error, reset, remove, start } = useDemo();
  const [message, setMessage] = useState<'reset' | 'removed' | undefined>(undefined);
  const busy = action === 'working';

  const begin = async (sampleId: string) => {
    if (await start(sampleId)) navigate(tourPath(sampleId, 'company'));
  };

  return (
    <div className="gz-demo">
      <ScreenHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <button
              type="button"
              className="gz-button"
              disabled={busy}
              onClick={() => void reset().then((ok) => ok && setMessage('reset'))}
            >
              {t('reset')}
            </button>
            <button
              type="button"
              className="gz-button"
              disabled={busy}
              onClick={() => void remove().then((ok) => ok && setMessage('removed'))}
            >
              {t('remove')}
            </button>
          </>
        }
      />
      <p className="gz-notice">{t('safety')}</p>
      {message ? (
        <p className="gz-notice" role="status">
          {t(`done.${message}`)}
        </p>
      ) : null}
      {action === 'failed' ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <h2>{t('pick')}</h2>
      <div className="gz-demo-grid">
        {bundledSamples().map((sample) => (
          <SampleCard key={sample.id} sample={sample}>
            <button type="button" className="gz-button gz-button--primary gz-demo-go" disabled={busy} onClick={() => void begin(sample.id)}>
              {t('startTour')}
            </button>
          </SampleCard>
        ))}
      </div>
    </div>
  );
}
