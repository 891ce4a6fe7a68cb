import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { filterCatalog, firstYearCostWan, type CatalogFilter } from '../../core/catalog/filter-catalog';
import { pickText } from '../../core/catalog/localized-text';
import { bundledTaxonomy } from '../../core/catalog/taxonomy';
import { deploymentModes, eligibilityCodes, type DeploymentMode, type EligibilityCode } from '../../core/catalog/vocabulary';
import type { Language } from '../../core/clients/company';
import { catalogLabels } from '../common/catalog-labels';
import { priceText, weeksText } from './entry-figures';

/** Browse the list in use, filtered by scenario, cluster, price, deployment and eligibility. */
export function CatalogBrowser({ entries, language }: { entries: readonly CatalogEntry[]; language: Language }) {
  const { t } = useTranslation('catalog');
  const [filter, setFilter] = useState<CatalogFilter>({});
  const shown = useMemo(() => filterCatalog(entries, filter), [entries, filter]);
  const labels = useMemo(() => catalogLabels(language, entries), [language, entries]);
  const scenarios = [...bundledTaxonomy.smeScenarios.scenarios, ...bundledTaxonomy.imsScenarios.scenarios];
  const update = (patch: Partial<CatalogFilter>) => setFilter((current) => ({ ...current, ...patch }));
  const toggleEligibility = (code: EligibilityCode, on: boolean) =>
    update({ eligibility: on ? [...(filter.eligibility ?? []), code] : (filter.eligibility ?? []).filter((c) => c !== code) });
  return (
    <section aria-label={t('browse.label')}>
      <div className="gz-sol-filters">
        <label className="gz-field">
          <span className="gz-field-label">{t('browse.search')}</span>
          <input className="gz-input" type="search" value={filter.text ?? ''} onChange={(e) => update({ text: e.target.value })} />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('browse.scenario')}</span>
          <select className="gz-select" value={filter.scenario ?? ''} onChange={(e) => update({ scenario: e.target.value || undefined })}>
            <option value="">{t('browse.any')}</option>
            {scenarios.map((s) => (
              <option key={s.code} value={s.code}>{`${s.code} ${pickText(s.name, language)}`}</option>
            ))}
          </select>
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('browse.cluster')}</span>
          <select className="gz-select" value={filter.cluster ?? ''} onChange={(e) => update({ cluster: e.target.value || undefined })}>
            <option value="">{t('browse.any')}</option>
            {bundledTaxonomy.clusters.clusters.map((c) => (
              <option key={c.code} value={c.code}>
                {pickText(c.name, language)}
              </option>
            ))}
          </select>
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('browse.maxPrice')}</span>
          <input
            className="gz-input"
            type="number"
            min={0}
            step={1}
            value={filter.maxFirstYearWan ?? ''}
            onChange={(e) => update({ maxFirstYearWan: e.target.value === '' ? undefined : Number(e.target.value) })}
          />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('browse.deployment')}</span>
          <select
            className="gz-select"
            value={filter.deployment ?? ''}
            onChange={(e) => update({ deployment: (e.target.value || undefined) as DeploymentMode | undefined })}
          >
            <option value="">{t('browse.any')}</option>
            {deploymentModes.map((d) => (
              <option key={d} value={d}>
                {t(`deployment.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="gz-fieldset">
          <legend className="gz-field-label">{t('browse.eligibility')}</legend>
          {eligibilityCodes.map((code) => (
            <label key={code} className="gz-switch-row">
              <input
                type="checkbox"
                checked={filter.eligibility?.includes(code) ?? false}
                onChange={(e) => toggleEligibility(code, e.target.checked)}
              />{' '}
              {t(`eligibility.${code}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <p aria-live="polite">{t('browse.count', { shown: shown.length, total: entries.length })}</p>
      <table className="gz-sol-table">
        <thead>
          <tr>
            <th>{t('column.name')}</th>
            <th>{t('column.scenarios')}</th>
            <th>{t('column.deployment')}</th>
            <th className="gz-num">{t('column.firstYearCost')}</th>
            <th className="gz-num">{t('column.weeks')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => {
            const cost = firstYearCostWan(entry);
            return (
              <tr key={entry.id}>
                <td>
                  <strong>{pickText(entry.name, language)}</strong>
                  <div className="gz-field-help">{pickText(entry.summary, language)}</div>
                  <div className="gz-sol-muted">
                    {entry.clusters.length === 0 ? t('browse.allClusters') : entry.clusters.map(labels.cluster).join(t('listSeparator'))}
                    {entry.eligibility.aiVoucher ? ` · ${t('eligibility.aiVoucher')}` : ''}
                    {entry.eligibility.citySubsidy ? ` · ${t('eligibility.citySubsidy')}` : ''}
                    {entry.gongzhiFeature === 'inspect' ? ` · ${t('browse.inspectFeature')}` : ''}
                    {entry.industries && entry.industries.length > 0 ? ` · ${entry.industries.join(t('listSeparator'))}` : ''}
                    {entry.provider ? ` · ${entry.provider}` : ''}
                  </div>
                </td>
                <td>{entry.scenarios.map(labels.scenario).join(t('listSeparator'))}</td>
                <td>{t(`deployment.${entry.deployment}`)}</td>
                <td className="gz-num">
                  {entry.price.onRequest || entry.price.atLeast ? priceText(entry, t) : t('wanRange', { min: cost.min, max: cost.max })}
                </td>
                <td className="gz-num">
                  {entry.weeksGiven === false
                    ? weeksText(entry, t)
                    : t('weeksRange', { min: entry.implementationWeeks.min, max: entry.implementationWeeks.max })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
