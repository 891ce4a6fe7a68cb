import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../shell/ScreenHeader';
import { AppInfoSection } from './AppInfoSection';
import { BackendSection } from './BackendSection';

export function AboutScreen() {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeader title={t('about.title')} subtitle={t('about.subtitle')} />
      <AppInfoSection />
      <BackendSection />
    </>
  );
}
