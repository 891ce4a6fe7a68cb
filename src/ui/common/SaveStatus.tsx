import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../app/assessment';

/** Tells the user their answers are stored (or that a save failed and will be retried). */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation('assessment');
  const failed = state.status === 'failed';
  return (
    <span role={failed ? 'alert' : 'status'} className={failed ? 'gz-badge gz-badge--off' : 'gz-badge gz-badge--ok'} data-save-state={state.status}>
      {t(`save.${state.status}`)}
    </span>
  );
}
