import { useTranslation } from 'react-i18next';
import { firstYearCostWan } from '../../core/catalog/filter-catalog';
import { pickText } from '../../core/catalog/localized-text';
import type { Recommendation } from '../../core/catalog/recommend/recommend';
import { useNumberFormat } from '../../i18n/use-number-format';
import { explanationText, type CatalogLabels } from '../common/catalog-labels';
import { priceText } from './entry-figures';

const shown = 15;

/** After the plan: the other solutions that would help, each with its price, support, status and reasons. */
export function RecommendationList({
  recommendations,
  planned,
  labels,
}: {
  recommendations: readonly Recommendation[];
  planned: ReadonlySet<string>;
  labels: CatalogLabels;
}) {
  const { t, i18n } = useTranslation('catalog');
  const { fmt } = useNumberFormat();
  const others = recommendations.filter((r) => !planned.has(r.entry.id));
  return (
    <div className="gz-sol-alternatives">
      <h3>{t('recommendations.title')}</h3>
      {recommendations.length === 0 ? (
        <p>{t('recommendations.none')}</p>
      ) : others.length === 0 ? (
        <p>{t('recommendations.allPlanned')}</p>
      ) : (
        <p className="gz-field-help">{t('recommendations.lead')}</p>
      )}
      <ol>
        {others.slice(0, shown).map((r) => {
          const cost = firstYearCostWan(r.entry);
          return (
            <li key={r.entry.id}>
              <strong>{pickText(r.entry.name, labels.language)}</strong>{' '}
              <span className="gz-sol-price">
                {r.entry.price.onRequest
                  ? priceText(r.entry, t)
                  : t('wanRange', { min: fmt(cost.min, 'price'), max: fmt(cost.max, 'price') })}
                {r.entry.eligibility.aiVoucher ? ` · ${t('eligibility.aiVoucher')}` : ''}
                {r.entry.eligibility.citySubsidy ? ` · ${t('eligibility.citySubsidy')}` : ''}
              </span>{' '}
              <span
                className={`gz-badge ${r.status === 'ready' ? 'gz-badge--ok' : r.status === 'blocked' ? 'gz-badge--off' : 'gz-badge--pending'}`}
              >
                {t(`status.${r.status}`)}
              </span>
              {r.role === 'prerequisite' ? <span className="gz-badge gz-badge--pending">{t('recommendations.prerequisite')}</span> : null}
              <ul className="gz-sol-explain">
                {r.explanation.map((part, i) => (
                  <li key={`${part.key}-${i}`}>{explanationText(i18n, labels, part)}</li>
                ))}
                {r.entry.liftsInferred ? <li>{t('list.recommendInferred')}</li> : null}
              </ul>
            </li>
          );
        })}
      </ol>
      {others.length > shown ? <p className="gz-field-help">{t('recommendations.more', { count: others.length - shown })}</p> : null}
    </div>
  );
}
