import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { Gap } from '../../../core/assessment/result-types';
import { useLocalized } from '../../common/localized';
import { nodeName, questionText } from './framework-names';

/** The gaps to close, in the engine's order (blockers of the next level first, then by impact). */
export function GapList({ framework, gaps, limit }: { framework: Framework; gaps: Gap[]; limit: number }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  if (gaps.length === 0) return <p className="gz-lead">{t('results.noGaps')}</p>;
  return (
    <ol className="gz-results-gaps">
      {gaps.slice(0, limit).map((g) => {
        const text = questionText(framework, g.questionId);
        const sub = nodeName(framework, 'subDomain', g.subDomainId);
        return (
          <li key={g.questionId}>
            <span>{text ? local(text) : g.questionId}</span>
            <span className="gz-field-help">
              {[sub ? local(sub) : g.subDomainId, t('results.gapMet', { percent: Math.round(g.ratio * 100) }), g.blocksNextLevel ? t('results.gapBlocks') : undefined]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
