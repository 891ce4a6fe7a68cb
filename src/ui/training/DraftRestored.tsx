import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingDraft } from '../../core/training/progress';

/** Says the answers on screen were restored from an unsubmitted draft, and offers to start the case over. */
export function DraftRestored({ draft, onStartOver }: { draft: TrainingDraft; onStartOver: () => Promise<void> }) {
  const { t, i18n } = useTranslation('training');
  const [failed, setFailed] = useState(false);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(draft.updatedAt));
  const startOver = () => {
    setFailed(false);
    onStartOver().catch((error: unknown) => {
      console.error('training draft start over', error);
      setFailed(true);
    });
  };
  return (
    <div className="gz-notice" role="status" data-testid="draft-restored">
      <p>{t('draft.restored', { count: Object.keys(draft.answers).length, when })}</p>
      <div className="gz-actions">
        <button type="button" className="gz-button" onClick={startOver}>
          {t('draft.startOver')}
        </button>
      </div>
      {failed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('draft.startOverFailed')}
        </p>
      ) : null}
    </div>
  );
}
