import { getPlatform } from '../../platform';
import { BackupPanel } from './BackupPanel';

/** The workspace backup and restore panel of the Settings screen, on the app's platform and database. */
export function BackupSlot() {
  return <BackupPanel platform={getPlatform()} />;
}
