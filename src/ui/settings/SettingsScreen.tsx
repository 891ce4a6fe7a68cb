import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../core/clients/company';
import { ScreenHeader } from '../common/ScreenHeader';
import { BackupSlot } from './BackupSlot';
import { HubPanel } from './HubPanel';
import { LanguagePicker } from './LanguagePicker';
import { useSettings } from '../common/SettingsContext';
import { TextSizeToggle } from './TextSizeToggle';

export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'errors']);
  const { settings, updateSettings } = useSettings();
  const [saveFailed, setSaveFailed] = useState(false);

  const update = (patch: Partial<Settings>): void => {
    setSaveFailed(false);
    updateSettings(patch).catch((error: unknown) => {
      console.error('settings not saved', error);
      setSaveFailed(true);
    });
  };

  return (
    <>
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      {saveFailed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('errors:settings.saveFailed')}
        </p>
      ) : null}
      <section className="gz-card" aria-labelledby="gz-settings-display">
        <h2 className="gz-card-title" id="gz-settings-display">
          {t('display.title')}
        </h2>
        <LanguagePicker value={settings.language} onChange={(language) => update({ language })} />
        <TextSizeToggle largeText={settings.largeText} onChange={(largeText) => update({ largeText })} />
      </section>
      <section className="gz-card" aria-labelledby="gz-settings-backup">
        <h2 className="gz-card-title" id="gz-settings-backup">
          {t('backup.title')}
        </h2>
        <BackupSlot />
      </section>
      <section className="gz-card" aria-labelledby="gz-settings-hub">
        <h2 className="gz-card-title" id="gz-settings-hub">
          {t('hub.title')}
        </h2>
        <HubPanel />
      </section>
    </>
  );
}
