import { useTranslation } from 'react-i18next';

/** A button, not an anchor: "#gz-main" would be read as a route by the hash router. */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="gz-skip-link" onClick={() => document.getElementById('gz-main')?.focus()}>
      {t('shell.skipToContent')}
    </button>
  );
}
