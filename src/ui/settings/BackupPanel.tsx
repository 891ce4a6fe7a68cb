import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_FILE_EXTENSION } from '../../core/backup';
import { isCodedError } from '../../core/errors';
import type { Platform } from '../../platform/platform';
import { dynamicText } from '../../i18n/dynamic-text';
import {
  applyRestore,
  chooseBackup,
  saveBackup,
  toDisplayError,
  type BackupDeps,
  type DisplayError,
  type PendingRestore,
} from '../../app/backup';
import { RestoreConfirmation } from './RestoreConfirmation';

type PanelState =
  | { step: 'idle' }
  | { step: 'exporting' }
  | { step: 'exported'; path?: string }
  | { step: 'reading' }
  | { step: 'confirm'; pending: PendingRestore; restoring: boolean }
  | { step: 'failed'; error: DisplayError };

interface BackupPanelProps {
  platform: Platform;
  /**
   * Called after a successful restore. Defaults to reloading the app: every screen, the language and the
   * active company come from the restored data, and a fresh start is the one way to be sure all agree.
   */
  onRestored?: () => void;
}

/** Export the whole workspace to one file, or replace it from such a file after a confirmation. */
export function BackupPanel({ platform, onRestored = () => window.location.reload() }: BackupPanelProps) {
  const { t, i18n } = useTranslation('backup');
  const [state, setState] = useState<PanelState>({ step: 'idle' });
  const deps: BackupDeps = { platform };
  const filter = { name: t('fileFilter'), extensions: [BACKUP_FILE_EXTENSION] };

  const fail = (error: unknown): void => {
    // Coded errors are expected (a foreign file, a full disk) and fully explained on screen.
    if (!isCodedError(error)) console.error('backup', error);
    setState({ step: 'failed', error: toDisplayError(error) });
  };

  const exportBackup = (): void => {
    setState({ step: 'exporting' });
    saveBackup(deps, filter).then(
      (result) =>
        setState(result.status === 'saved' ? { step: 'exported', ...(result.path ? { path: result.path } : {}) } : { step: 'idle' }),
      fail,
    );
  };

  const pickBackup = (): void => {
    setState({ step: 'reading' });
    chooseBackup(deps, filter).then(
      (pending) => setState(pending ? { step: 'confirm', pending, restoring: false } : { step: 'idle' }),
      fail,
    );
  };

  const restore = (pending: PendingRestore): void => {
    setState({ step: 'confirm', pending, restoring: true });
    applyRestore(deps, pending).then(onRestored, fail);
  };

  const busy = state.step === 'exporting' || state.step === 'reading' || (state.step === 'confirm' && state.restoring);
  return (
    <div className="gz-field">
      <p className="gz-field-help">{t('intro')}</p>
      <div className="gz-actions">
        <button type="button" className="gz-button" onClick={exportBackup} disabled={busy}>
          {state.step === 'exporting' ? t('status.exporting') : t('export')}
        </button>
        <button type="button" className="gz-button" onClick={pickBackup} disabled={busy || state.step === 'confirm'}>
          {state.step === 'reading' ? t('status.reading') : t('restore')}
        </button>
      </div>
      <div aria-live="polite">
        {state.step === 'exported' ? (
          <p className="gz-notice">{state.path ? t('status.exportedTo', { path: state.path }) : t('status.exported')}</p>
        ) : null}
        {state.step === 'failed' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {/* A code without a message yet (a new host error, say) still gets a sentence, never a raw key. */}
            {dynamicText(i18n, `errors:${state.error.code}`, state.error.params, i18n.getFixedT(null, 'errors')('storage.unknown'))}
          </p>
        ) : null}
      </div>
      {state.step === 'confirm' ? (
        <RestoreConfirmation
          fileName={state.pending.fileName}
          header={state.pending.header}
          busy={state.restoring}
          onConfirm={() => restore(state.pending)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
    </div>
  );
}
