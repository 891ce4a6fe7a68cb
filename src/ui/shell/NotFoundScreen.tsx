import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../common/ScreenHeader';

export function NotFoundScreen({ path }: { path: string }) {
  const { t } = useTranslation('common');
  return (
    <>
      <ScreenHeader title={t('notFound.title')} />
      <section className="gz-card">
        <p className="gz-lead">{t('notFound.body', { path })}</p>
        <a className="gz-button gz-button--primary" href="#/">
          {t('notFound.home')}
        </a>
      </section>
    </>
  );
}
