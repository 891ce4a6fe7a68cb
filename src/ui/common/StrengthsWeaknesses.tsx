import { useTranslation } from 'react-i18next';
import { strongestAndWeakest } from '../../core/assessment/compare-results';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult, NodeScore } from '../../core/assessment/result-types';
import { useLocalized } from './localized';
import { nodeName } from './framework-names';

export function StrengthsWeaknesses({ framework, result }: { framework: Framework; result: AssessmentResult }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const { strongest, weakest } = strongestAndWeakest(result);
  const item = (n: NodeScore) => {
    const name = nodeName(framework, 'domain', n.id);
    return (
      <li key={n.id}>
        {name ? local(name) : n.id} <span className="gz-field-help">{Math.round(n.ratio * 100)}%</span>
      </li>
    );
  };
  return (
    <div className="gz-results-two">
      <div>
        <h3>{t('results.strongest')}</h3>
        <ol>{strongest.map(item)}</ol>
      </div>
      <div>
        <h3>{t('results.weakest')}</h3>
        <ol>{weakest.map(item)}</ol>
      </div>
    </div>
  );
}
