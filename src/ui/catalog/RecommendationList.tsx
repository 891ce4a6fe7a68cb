import { useTranslation } from 'react-i18next';
import { pickText } from '../../core/catalog/localized-text';
import type { Recommendation } from '../../core/catalog/recommend/recommend';
import { explanationText, type CatalogLabels } from '../common/catalog-labels';

const shown = 20;

/** The best recommendations, each with its status and the reasons behind it. */
export function RecommendationList({ recommendations, labels }: { recommendations: readonly Recommendation[]; labels: CatalogLabels }) {
  const { t } = useTranslation('catalog');
  return (
    <div className="gz-card">
      <h2 className="gz-card-title">{t('recommendations.title')}</h2>
      {recommendations.length === 0 ? <p>{t('recommendations.none')}</p> : null}
      <ol>
        {recommendations.slice(0, shown).map((r) => (
          <li key={r.entry.id}>
            <strong>{pickText(r.entry.name, labels.language)}</strong>{' '}
            <span className={`gz-badge ${r.status === 'ready' ? 'gz-badge--ok' : r.status === 'blocked' ? 'gz-badge--off' : 'gz-badge--pending'}`}>{t(`status.${r.status}`)}</span>
            {r.role === 'prerequisite' ? <span className="gz-badge gz-badge--pending">{t('recommendations.prerequisite')}</span> : null}
            <ul className="gz-sol-explain">
              {r.explanation.map((part, i) => <li key={`${part.key}-${i}`}>{explanationText(t, labels, part)}</li>)}
            </ul>
          </li>
        ))}
      </ol>
      {recommendations.length > shown ? <p className="gz-field-help">{t('recommendations.more', { count: recommendations.length - shown })}</p> : null}
    </div>
  );
}
