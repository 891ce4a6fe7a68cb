import { useTranslation } from 'react-i18next';
import type { SaveState } from '../../app/assessment';
import { isCodedError } from '../../core/errors';
import { errorText } from './error-text';

/**
 * Tells the user their answers are stored, or that a save failed and will be retried; a storage failure
 * also says why (a full disk needs the user to free space before any retry can succeed).
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation('assessment');
  const failed = state.status === 'failed';
  return (
    <span
      role={failed ? 'alert' : 'status'}
      className={failed ? 'gz-badge gz-badge--off' : 'gz-badge gz-badge--ok'}
      data-save-state={state.status}
    >
      {t(`save.${state.status}`)}
      {failed && isCodedError(state.error) ? <span className="gz-save-reason"> {errorText(i18n, state.error)}</span> : null}
    </span>
  );
}
