import { useTranslation } from 'react-i18next';

/** Holds the workspace backup and restore panel (src/ui/settings/BackupPanel.tsx from the storage work). */
export function BackupSlot() {
  const { t } = useTranslation('settings');
  return <p className="gz-field-help">{t('backup.pending')}</p>;
}
