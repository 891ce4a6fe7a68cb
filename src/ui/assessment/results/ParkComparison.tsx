import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../core/assessment/framework-schema';
import type { AssessmentResult } from '../../../core/assessment/result-types';
import { nodeName } from '../../common/framework-names';
import { useLocalized } from '../../common/localized';
import { useHubFigures } from '../../common/use-hub-figures';

const pct = (x: number) => Math.round(x * 100);

/** The company beside its own park (the connected hub's pooled figures); nothing when no hub is connected. */
export function ParkComparison({ framework, result }: { framework: Framework; result: AssessmentResult }) {
  const { t } = useTranslation(['assessment', 'settings']);
  const local = useLocalized();
  const hub = useHubFigures(result.frameworkId);
  if (hub.state === 'off') return null;
  if (hub.state === 'failed') return <p className="gz-field-help">{t(`settings:hub.problems.${hub.problem}`)}</p>;
  const { figures } = hub;
  if (figures.withheld || !figures.overall)
    return <p className="gz-field-help">{t('parkPeers.withheld', { park: figures.parkName, count: figures.companies })}</p>;
  const atOrBelow = figures.overall.levels.slice(0, result.level + 1).reduce((sum, n) => sum + n, 0);
  const domains = result.domains.filter((d) => d.applicable && figures.overall?.domainMeans[d.id] !== undefined);
  return (
    <div className="gz-results-peers">
      <p>
        {t('parkPeers.summary', {
          park: figures.parkName,
          count: figures.companies,
          mean: figures.overall.meanLevel.toFixed(2),
          level: result.level,
          share: pct(atOrBelow / figures.companies),
        })}
      </p>
      <table className="gz-results-table">
        <caption>{t('parkPeers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('parkPeers.domain')}</th>
            <th scope="col" className="gz-num">
              {t('parkPeers.yours')}
            </th>
            <th scope="col" className="gz-num">
              {t('parkPeers.park')}
            </th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">{local(nodeName(framework, 'domain', d.id) ?? { 'zh-CN': d.id, en: d.id, 'zh-TW': d.id })}</th>
              <td className="gz-num">{pct(d.ratio)}%</td>
              <td className="gz-num">{pct(figures.overall?.domainMeans[d.id] ?? 0)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
