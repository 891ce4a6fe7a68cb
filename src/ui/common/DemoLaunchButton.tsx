import { useTranslation } from 'react-i18next';
import { hrefFor } from './hash-location';

/** The one click from the home screen into the event demo. */
export function DemoLaunchButton() {
  const { t } = useTranslation('demo');
  return (
    <a className="gz-button" href={hrefFor('/demo')} data-testid="demo-launch">
      {t('launch')}
    </a>
  );
}
