import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../common/ScreenHeader';

interface PlaceholderScreenProps {
  titleKey: ParseKeys<'common'>;
  bodyKey: ParseKeys<'common'>;
}

/** Stands in for a screen a later version fills, and says so plainly. */
export function PlaceholderScreen({ titleKey, bodyKey }: PlaceholderScreenProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeader title={t(titleKey)} />
      <section className="gz-card gz-placeholder" aria-labelledby="gz-placeholder-status">
        <p className="gz-badge gz-badge--pending" id="gz-placeholder-status">
          {t('placeholder.status')}
        </p>
        <p className="gz-lead">{t(bodyKey)}</p>
      </section>
    </>
  );
}
