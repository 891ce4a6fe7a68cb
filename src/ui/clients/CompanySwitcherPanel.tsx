import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../common/use-error-text';
import { useCompanies } from '../common/CompaniesContext';
import { CompanySwitcherList } from './CompanySwitcherList';
import { CreateCompanyForm } from './CreateCompanyForm';
import { filterCompanies } from './filter-companies';

interface CompanySwitcherPanelProps {
  titleId: string;
  onDone(): void;
}

export function CompanySwitcherPanel({ titleId, onDone }: CompanySwitcherPanelProps) {
  const { t } = useTranslation('common');
  const { state, activeCompany, switchCompany, reload } = useCompanies();
  const errorText = useErrorText();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [switchError, setSwitchError] = useState<string | null>(null);

  const pick = (id: string): void => {
    setSwitchError(null);
    switchCompany(id).then(onDone, (error: unknown) => setSwitchError(errorText(error)));
  };

  return (
    <div className="gz-company-panel">
      <div className="gz-dialog-head">
        <h2 className="gz-card-title" id={titleId}>
          {t('company.dialogTitle')}
        </h2>
        <button type="button" className="gz-button gz-button--quiet" onClick={onDone}>
          {t('company.close')}
        </button>
      </div>
      {creating ? (
        <CreateCompanyForm onCreated={onDone} onCancel={() => setCreating(false)} />
      ) : (
        <>
          <div className="gz-field">
            <label className="gz-field-label" htmlFor="gz-company-search">
              {t('company.searchLabel')}
            </label>
            <input
              id="gz-company-search"
              className="gz-input"
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('company.searchPlaceholder')}
              autoFocus
            />
          </div>
          {state.status === 'loading' ? <p role="status">{t('company.loading')}</p> : null}
          {state.status === 'failed' ? (
            <div className="gz-notice gz-notice--error" role="alert">
              <p>{errorText(state.error)}</p>
              <button type="button" className="gz-button" onClick={reload}>
                {t('company.retry')}
              </button>
            </div>
          ) : null}
          {state.status === 'ready' ? (
            <CompanyResults
              found={filterCompanies(state.companies, query)}
              total={state.companies.length}
              activeId={activeCompany?.id}
              onPick={pick}
            />
          ) : null}
          {switchError ? (
            <p className="gz-notice gz-notice--error" role="alert">
              {switchError}
            </p>
          ) : null}
          <div className="gz-actions">
            <button type="button" className="gz-button gz-button--primary" onClick={() => setCreating(true)}>
              {t('company.new')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

interface CompanyResultsProps {
  found: Parameters<typeof CompanySwitcherList>[0]['companies'];
  total: number;
  activeId: string | undefined;
  onPick(id: string): void;
}

function CompanyResults({ found, total, activeId, onPick }: CompanyResultsProps) {
  const { t } = useTranslation('common');
  if (total === 0) return <p className="gz-field-help">{t('company.empty')}</p>;
  if (found.length === 0) return <p className="gz-field-help">{t('company.noMatch')}</p>;
  return <CompanySwitcherList companies={found} activeId={activeId} onPick={onPick} />;
}
