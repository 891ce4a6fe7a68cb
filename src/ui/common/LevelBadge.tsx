import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../core/assessment/result-types';
import { useLocalized } from './localized';
import { levelName } from './framework-names';

/** The level reached and the total score, the first thing a factory owner looks for. */
export function LevelBadge({ framework, result }: { framework: Framework; result: AssessmentResult }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const name = levelName(framework, result.level);
  return (
    <div className="gz-results-badge" data-level={result.level}>
      <span className="gz-results-badge-level">{name ? local(name) : t('results.belowLevel1')}</span>
      <span className="gz-results-badge-score">{t('results.score', { score: result.totalScore, max: result.maxScore })}</span>
      {result.completion.unanswered > 0 ? (
        <span className="gz-field-help">{t('results.unanswered', { n: result.completion.unanswered })}</span>
      ) : null}
    </div>
  );
}
