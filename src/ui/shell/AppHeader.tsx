import { useTranslation } from 'react-i18next';
import { CompanySwitcher } from '../clients/CompanySwitcher';

export function AppHeader() {
  const { t } = useTranslation('common');
  return (
    <header className="gz-header">
      <div className="gz-brand">
        <span className="gz-brand-mark" aria-hidden="true" lang="zh-CN">
          工
        </span>
        <span className="gz-brand-text">
          <span className="gz-brand-name">{t('app.name')}</span>
          <span className="gz-brand-tagline">{t('app.tagline')}</span>
        </span>
      </div>
      <CompanySwitcher />
    </header>
  );
}
