import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../core/catalog/catalog-schema';
import { pickText } from '../../core/catalog/localized-text';
import type { CatalogLabels } from '../common/catalog-labels';

const shown = 30;

/** Entries without a published price: outside the budgeted plan, listed beside it so they are not lost. */
export function OnRequestList({ entries, labels }: { entries: readonly CatalogEntry[]; labels: CatalogLabels }) {
  const { t } = useTranslation('catalog');
  return (
    <div className="gz-card">
      <h2 className="gz-card-title">{t('list.onRequestTitle')}</h2>
      <p className="gz-field-help">{t('list.onRequestHelp')}</p>
      <ul>
        {entries.slice(0, shown).map((entry) => (
          <li key={entry.id}>
            <strong>{pickText(entry.name, labels.language)}</strong> · {entry.scenarios.map(labels.scenario).join(t('listSeparator'))}
            {entry.provider ? ` · ${entry.provider}` : ''}
          </li>
        ))}
      </ul>
      {entries.length > shown ? <p className="gz-field-help">{t('recommendations.more', { count: entries.length - shown })}</p> : null}
    </div>
  );
}
