import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustryType } from '../../core/clients/company';
import { useErrorText } from '../common/use-error-text';
import { useCompanies } from '../common/CompaniesContext';
import { industryLabelKeys, industryTypes } from './industry-labels';

interface CreateCompanyFormProps {
  onCreated(): void;
  onCancel(): void;
}

export function CreateCompanyForm({ onCreated, onCancel }: CreateCompanyFormProps) {
  const { t } = useTranslation('common');
  const { createCompany } = useCompanies();
  const errorText = useErrorText();
  const id = useId();
  const [name, setName] = useState('');
  const [industryType, setIndustryType] = useState<IndustryType>('discrete');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('company.nameRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    createCompany({ name, industryType }).then(onCreated, (failure: unknown) => {
      setBusy(false);
      setError(errorText(failure));
    });
  };

  return (
    <form className="gz-company-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 className="gz-company-form-title" id={`${id}-title`}>
        {t('company.createTitle')}
      </h3>
      <div className="gz-field">
        <label className="gz-field-label" htmlFor={`${id}-name`}>
          {t('company.nameLabel')}
        </label>
        <input
          id={`${id}-name`}
          className="gz-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('company.namePlaceholder')}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          autoFocus
          required
          maxLength={120}
        />
      </div>
      <div className="gz-field">
        <label className="gz-field-label" htmlFor={`${id}-industry`}>
          {t('company.industryLabel')}
        </label>
        <select
          id={`${id}-industry`}
          className="gz-select"
          value={industryType}
          onChange={(event) => setIndustryType(event.target.value as IndustryType)}
          aria-describedby={`${id}-industry-help`}
        >
          {industryTypes.map((type) => (
            <option key={type} value={type}>
              {t(industryLabelKeys[type])}
            </option>
          ))}
        </select>
        <p className="gz-field-help" id={`${id}-industry-help`}>
          {t('company.industryHelp')}
        </p>
      </div>
      {error ? (
        <p className="gz-notice gz-notice--error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <div className="gz-actions">
        <button type="submit" className="gz-button gz-button--primary" disabled={busy}>
          {t('company.create')}
        </button>
        <button type="button" className="gz-button" onClick={onCancel}>
          {t('company.cancel')}
        </button>
      </div>
    </form>
  );
}
