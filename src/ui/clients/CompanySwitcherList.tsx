import { useTranslation } from 'react-i18next';
import type { Company } from '../../core/clients/company';
import { industryLabelKeys } from './industry-labels';

interface CompanySwitcherListProps {
  companies: readonly Company[];
  activeId: string | undefined;
  onPick(id: string): void;
}

export function CompanySwitcherList({ companies, activeId, onPick }: CompanySwitcherListProps) {
  const { t } = useTranslation('common');
  return (
    <ul className="gz-company-list" aria-label={t('company.listLabel')}>
      {companies.map((company) => {
        const active = company.id === activeId;
        return (
          <li key={company.id}>
            <button type="button" className="gz-company-item" aria-current={active ? 'true' : undefined} onClick={() => onPick(company.id)}>
              <span className="gz-company-item-name">{company.name}</span>
              <span className="gz-company-item-meta">
                {t(industryLabelKeys[company.industryType])}
                {company.isDemo ? ` · ${t('company.demo')}` : ''}
              </span>
              {active ? <span className="gz-badge gz-badge--ok">{t('company.active')}</span> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
