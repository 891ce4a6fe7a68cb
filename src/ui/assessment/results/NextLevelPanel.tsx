import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../../core/assessment/result-types';
import { useLocalized } from '../../common/localized';
import { levelName } from './framework-names';
import { GapList } from './GapList';

/** What the next level takes, in plain words, with the requirements to work on first. */
export function NextLevelPanel({ framework, result }: { framework: Framework; result: AssessmentResult }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const next = result.nextLevel;
  if (!next) return <p className="gz-lead">{t('next.top')}</p>;
  const name = levelName(framework, next.level);
  const blockers = result.gaps.filter((g) => g.blocksNextLevel);
  return (
    <div className="gz-results-next">
      <p className="gz-lead">{t('next.target', { level: name ? local(name) : next.level })}</p>
      {next.model === 'levelLadder' ? (
        <ul>
          <li>{t('next.ladderTotal', { need: next.minTotalScore, now: result.totalScore.toFixed(2) })}</li>
          {next.blockingLevel !== null ? (
            <li>{t('next.ladderBlocking', { level: next.blockingLevel, percent: Math.round((next.blockingLevelScore ?? 0) * 100), threshold: Math.round(next.threshold * 100) })}</li>
          ) : null}
        </ul>
      ) : (
        <ul>
          {next.scoreShort > 0 ? <li>{t('next.pointsShort', { short: next.scoreShort.toFixed(1), need: next.minScore })}</li> : <li>{t('next.pointsOk', { need: next.minScore })}</li>}
          {next.scenarios ? (
            <li>{t('next.scenarios', { have: next.scenarios.have, need: next.scenarios.minCount, level: next.scenarios.atLeastLevel, constraintHave: next.scenarios.constraintHave, constraintNeed: next.scenarios.minConstraint })}</li>
          ) : null}
        </ul>
      )}
      <h3>{t('next.workOnFirst')}</h3>
      <GapList framework={framework} gaps={blockers.length > 0 ? blockers : result.gaps} limit={6} />
    </div>
  );
}
