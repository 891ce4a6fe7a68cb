import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../common/ScreenHeader';
import { AppInfoSection } from './AppInfoSection';
import { BackendSection } from './BackendSection';
import { InspectionBackendSection } from './InspectionBackendSection';

export function AboutScreen() {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeader title={t('about.title')} subtitle={t('about.subtitle')} />
      <AppInfoSection />
      <InspectionBackendSection />
      <BackendSection />
    </>
  );
}
