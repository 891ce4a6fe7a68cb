import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { issueKey, type ListIssue } from '../../core/catalog/import/published/list-issues';
import type { ListItem } from '../../core/catalog/import/published/list-row';
import { confirmBelow } from '../../core/catalog/import/published/match-scenario';
import { pickText } from '../../core/catalog/localized-text';
import type { Language } from '../../core/clients/company';
import { contentLang } from './content-lang';
import { priceText, weeksText } from './entry-figures';
import { catalogLabels } from '../common/catalog-labels';

const shownRows = 200;

function IssueTable({ issues, label }: { issues: readonly ListIssue[]; label: string }) {
  const { t } = useTranslation('catalog');
  return (
    <table className="gz-sol-table" aria-label={label}>
      <thead>
        <tr>
          <th className="gz-num">{t('importer.row')}</th>
          <th>{t('importer.column')}</th>
          <th>{t('importer.problem')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.slice(0, shownRows).map((issue, i) => (
          <tr key={`${issue.row}-${issue.column}-${issue.code}-${i}`}>
            <td className="gz-num">{issue.row}</td>
            <td lang={contentLang(issue.column)}>{issue.column}</td>
            <td>{t(issueKey(issue.code), issue.params)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ListRowsPreviewProps {
  items: readonly ListItem[];
  errors: readonly ListIssue[];
  warnings: readonly ListIssue[];
  language: Language;
}

/** The entries exactly as they will be stored, then the rows that cannot import and the notes on the others. */
export function ListRowsPreview({ items, errors, warnings, language }: ListRowsPreviewProps) {
  const { t } = useTranslation('catalog');
  const labels = useMemo(() => catalogLabels(language, []), [language]);
  return (
    <>
      <h3 className="gz-card-subtitle">{t('list.itemsTitle', { count: items.length })}</h3>
      <table className="gz-sol-table" aria-label={t('list.itemsLabel')}>
        <thead>
          <tr>
            <th className="gz-num">{t('importer.row')}</th>
            <th>{t('column.name')}</th>
            <th>{t('column.scenarios')}</th>
            <th>{t('list.col.industries')}</th>
            <th className="gz-num">{t('list.col.price')}</th>
            <th className="gz-num">{t('column.weeks')}</th>
            <th>{t('list.col.voucher')}</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, shownRows).map((item) => (
            <tr key={item.entry.id}>
              <td className="gz-num">{item.row}</td>
              <td lang={contentLang(pickText(item.entry.name, language))}>{pickText(item.entry.name, language)}</td>
              <td>
                {item.scenarios.map((s) => (
                  <div key={s.code}>
                    {labels.scenario(s.code)}
                    {s.confidence < confirmBelow ? <span className="gz-sol-badge"> {t('list.toConfirm')}</span> : null}
                  </div>
                ))}
              </td>
              <td lang={contentLang((item.entry.industries ?? []).join(''))}>{(item.entry.industries ?? []).join(t('listSeparator'))}</td>
              <td className="gz-num">{priceText(item.entry, t)}</td>
              <td className="gz-num">{weeksText(item.entry, t)}</td>
              <td>{item.entry.eligibility.aiVoucher ? t('list.yes') : t('list.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="gz-field-help">{t('list.liftsInferred')}</p>
      {errors.length > 0 ? (
        <div>
          <h3 className="gz-card-subtitle">{t('list.skippedTitle', { count: errors.length })}</h3>
          <IssueTable issues={errors} label={t('list.skippedTitle', { count: errors.length })} />
        </div>
      ) : null}
      {warnings.length > 0 ? (
        <details>
          <summary>{t('list.warningsTitle', { count: warnings.length })}</summary>
          <IssueTable issues={warnings} label={t('list.warningsTitle', { count: warnings.length })} />
        </details>
      ) : null}
    </>
  );
}
