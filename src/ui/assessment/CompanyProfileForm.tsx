import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { revenueBands, type Company, type CompanySize, type IndustryType } from '../../core/clients/company';
import { OTHER_REGION_CLUSTER, clusterTiers, subSectorSuggestions } from '../../core/clients/clusters';
import type { CompanyInput } from '../../app/clients';
import { useLocalized } from '../common/localized';

export const COMPANY_SIZES: readonly CompanySize[] = ['micro', 'small', 'medium', 'large'];

interface Props {
  initial?: Company;
  onSave(input: CompanyInput): Promise<void>;
  onCancel(): void;
}

/** The company profile asked before any question: it sets weights (discrete/process) and peer groups. */
export function CompanyProfileForm({ initial, onSave, onCancel }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const [name, setName] = useState(initial?.name ?? '');
  const [cluster, setCluster] = useState(initial?.cluster ?? '');
  const [subSector, setSubSector] = useState(initial?.subSector ?? '');
  const [industryType, setIndustryType] = useState<IndustryType>(initial?.industryType ?? 'discrete');
  const [size, setSize] = useState<string>(initial?.size ?? '');
  const [revenueBand, setRevenueBand] = useState(initial?.revenueBand ?? '');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    setBusy(true);
    setFailed(false);
    const input: CompanyInput = {
      name: name.trim(),
      industryType,
      isDemo: initial?.isDemo ?? false,
      ...(cluster ? { cluster } : {}),
      ...(subSector.trim() ? { subSector: subSector.trim() } : {}),
      ...(COMPANY_SIZES.includes(size as CompanySize) ? { size: size as CompanySize } : {}),
      ...(revenueBand ? { revenueBand } : {}),
    };
    onSave(input).catch((error: unknown) => {
      console.error('company not saved', error);
      setFailed(true);
      setBusy(false);
    });
  };

  return (
    <form className="gz-card gz-assess-form" onSubmit={submit} aria-labelledby="gz-profile-title">
      <h2 className="gz-card-title" id="gz-profile-title">
        {t('profile.title')}
      </h2>
      <p className="gz-field-help">{t('profile.why')}</p>
      <label className="gz-field">
        <span className="gz-field-label">{t('profile.name')}</span>
        <input className="gz-input" name="company-name" required data-focus-first value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="gz-field">
        <span className="gz-field-label">{t('profile.cluster')}</span>
        <select className="gz-select" name="cluster" value={cluster} onChange={(e) => setCluster(e.target.value)}>
          <option value="">{t('profile.choose')}</option>
          {clusterTiers().map((tier) => (
            <optgroup key={tier.code} label={local(tier.name)}>
              {tier.clusters.map((c) => (
                <option key={c.code} value={c.code}>
                  {local(c.name)}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER_REGION_CLUSTER.code}>{local(OTHER_REGION_CLUSTER.name)}</option>
        </select>
        <span className="gz-field-help">{t('profile.clusterHelp')}</span>
      </label>
      <label className="gz-field">
        <span className="gz-field-label">{t('profile.subSector')}</span>
        <input
          className="gz-input"
          name="sub-sector"
          list="gz-sub-sectors"
          value={subSector}
          onChange={(e) => setSubSector(e.target.value)}
        />
        <datalist id="gz-sub-sectors">
          {subSectorSuggestions.suggestions.map((s) => (
            <option key={s['zh-CN']} value={local(s)} />
          ))}
        </datalist>
        <span className="gz-field-help">{t('profile.subSectorHelp')}</span>
      </label>
      <fieldset className="gz-fieldset">
        <legend className="gz-field-label">{t('profile.industryType')}</legend>
        <div className="gz-segmented">
          {(['discrete', 'process'] as const).map((type) => (
            <label key={type} className="gz-segmented-option">
              <input
                type="radio"
                name="industry-type"
                value={type}
                checked={industryType === type}
                onChange={() => setIndustryType(type)}
              />
              <span>{t(`profile.industry.${type}`)}</span>
            </label>
          ))}
        </div>
        <span className="gz-field-help">{t('profile.industryHelp')}</span>
      </fieldset>
      <label className="gz-field">
        <span className="gz-field-label">{t('profile.size')}</span>
        <select className="gz-select" name="size" value={size} onChange={(e) => setSize(e.target.value)}>
          <option value="">{t('profile.choose')}</option>
          {COMPANY_SIZES.map((s) => (
            <option key={s} value={s}>
              {t(`profile.sizes.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="gz-field">
        <span className="gz-field-label">{t('profile.revenueBand')}</span>
        <select className="gz-select" name="revenue-band" value={revenueBand} onChange={(e) => setRevenueBand(e.target.value)}>
          <option value="">{t('profile.choose')}</option>
          {revenueBands.map((b) => (
            <option key={b} value={b}>
              {t(`profile.revenue.${b}`)}
            </option>
          ))}
        </select>
      </label>
      {failed ? (
        <p className="gz-notice gz-notice--error" role="alert">
          {t('profile.saveFailed')}
        </p>
      ) : null}
      <div className="gz-actions">
        <button type="submit" className="gz-button gz-button--primary" disabled={busy || name.trim() === ''}>
          {t('profile.save')}
        </button>
        <button type="button" className="gz-button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
