import { Trans, useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../../core/assessment/result-types';
import type { GapAction } from '../../../core/catalog/recommend/gap-actions';
import { useLocalized } from '../../common/localized';
import { PlainTerm } from '../../common/PlainTerm';
import { levelName } from '../../common/framework-names';
import { GapActionCard } from './GapActionCard';

/** How many gaps "start with these" shows in full; the gap list goes on from there. */
export const firstActions = 3;

/** What the next level takes, in plain words, and the first gaps to work on as actions. */
export function NextLevelPanel({
  framework,
  result,
  actions,
}: {
  framework: Framework;
  result: AssessmentResult;
  actions: readonly GapAction[];
}) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const next = result.nextLevel;
  if (!next) return <p className="gz-lead">{t('next.top')}</p>;
  const name = levelName(framework, next.level);
  return (
    <div className="gz-results-next">
      <p className="gz-lead">{t('next.target', { level: name ? local(name) : next.level })}</p>
      {next.model === 'levelLadder' ? (
        <ul>
          <li>{t('next.ladderTotal', { need: next.minTotalScore, now: result.totalScore })}</li>
          {next.blockingLevel !== null ? (
            <li>
              <Trans
                t={t}
                i18nKey="next.ladderBlocking"
                values={{
                  level: next.blockingLevel,
                  percent: Math.round((next.blockingLevelScore ?? 0) * 100),
                  threshold: Math.round(next.threshold * 100),
                }}
                components={{ term: <PlainTerm term={t('terms.higherLevelsCount')} /> }}
              />
            </li>
          ) : null}
        </ul>
      ) : (
        <ul>
          {next.scoreShort > 0 ? (
            <li>{t('next.pointsShort', { short: next.scoreShort, need: next.minScore })}</li>
          ) : (
            <li>{t('next.pointsOk', { need: next.minScore })}</li>
          )}
          {next.scenarios ? (
            <li>
              <Trans
                t={t}
                i18nKey="next.scenarios"
                values={{
                  have: next.scenarios.have,
                  need: next.scenarios.minCount,
                  level: next.scenarios.atLeastLevel,
                  constraintHave: next.scenarios.constraintHave,
                  constraintNeed: next.scenarios.minConstraint,
                }}
                components={{ term: <PlainTerm term={t('terms.constraintScenario')} /> }}
              />
            </li>
          ) : null}
        </ul>
      )}
      <h3>{t('next.workOnFirst')}</h3>
      {actions.length === 0 ? (
        <p>{t('results.noGaps')}</p>
      ) : (
        <ol className="gz-gap-actions">
          {actions.slice(0, firstActions).map((action) => (
            <GapActionCard key={action.key} framework={framework} action={action} brief={false} />
          ))}
        </ol>
      )}
    </div>
  );
}
