import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { GapAction } from '../../../core/catalog/recommend/gap-actions';
import { GapActionCard } from './GapActionCard';

/** Gaps the "start with these" panel does not show, in the engine's order, each as an action. */
export function GapList({
  framework,
  actions,
  from,
  limit,
}: {
  framework: Framework;
  actions: readonly GapAction[];
  from: number;
  limit: number;
}) {
  const { t } = useTranslation('assessment');
  if (actions.length === 0) return <p className="gz-lead">{t('results.noGaps')}</p>;
  const rest = actions.slice(from, from + limit);
  if (rest.length === 0) return <p className="gz-lead">{t('results.noMoreGaps')}</p>;
  return (
    <>
      <p className="gz-field-help">{t('results.gapsAfterFirst', { count: from })}</p>
      <ol className="gz-gap-actions" start={from + 1}>
        {rest.map((action) => (
          <GapActionCard key={action.key} framework={framework} action={action} brief />
        ))}
      </ol>
      {actions.length > from + limit ? (
        <p className="gz-field-help">{t('results.moreGaps', { count: actions.length - from - limit })}</p>
      ) : null}
    </>
  );
}
