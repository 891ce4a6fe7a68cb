import { useTranslation } from 'react-i18next';

interface ErrorFallbackProps {
  error: Error;
  onRetry: () => void;
}

export function ErrorFallback({ error, onRetry }: ErrorFallbackProps) {
  const { t } = useTranslation('errors');
  return (
    <section className="gz-card gz-error" role="alert" aria-labelledby="gz-error-title">
      <h1 className="gz-screen-title" id="gz-error-title">
        {t('screen.title')}
      </h1>
      <p className="gz-lead">{t('screen.body')}</p>
      <details className="gz-error-details">
        <summary>{t('screen.details')}</summary>
        <pre>{error.message}</pre>
      </details>
      <div className="gz-actions">
        <button type="button" className="gz-button gz-button--primary" onClick={onRetry}>
          {t('screen.retry')}
        </button>
        <a className="gz-button" href="#/">
          {t('screen.home')}
        </a>
      </div>
    </section>
  );
}
