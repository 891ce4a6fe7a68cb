import { useTranslation } from 'react-i18next';
import { compareResults } from '../../../core/assessment/compare-results';
import { useLocalized } from '../../common/localized';
import { useAsync } from '../../common/use-async';
import { ScreenHeader } from '../../common/ScreenHeader';
import { hrefFor } from '../../common/hash-location';
import { DomainCharts } from '../../common/DomainCharts';
import { levelName, nodeName } from '../../common/framework-names';
import { compareLabels } from './compare-labels';
import { loadResult } from '../../../app/assessment';
import { useNumberFormat } from '../../../i18n/use-number-format';

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const signed = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${Math.round(x * 100)}`);

/** Two assessments of one company side by side: what moved, and by how much. */
export function CompareView({ beforeId, afterId }: { beforeId: string; afterId: string }) {
  const { t, i18n } = useTranslation('assessment');
  const local = useLocalized();
  const { fmt, change } = useNumberFormat();
  const data = useAsync(async () => Promise.all([loadResult(beforeId), loadResult(afterId)]), `${beforeId}/${afterId}`);
  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  const [before, after] = data.status === 'ready' ? data.value : [undefined, undefined];
  if (!before || !after)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('results.notFound')}
      </p>
    );
  const back = (
    <a className="gz-button" href={hrefFor(`/results/company/${after.record.companyId}`)}>
      {t('compare.back')}
    </a>
  );
  if (before.record.frameworkId !== after.record.frameworkId) {
    return (
      <>
        <ScreenHeader title={t('compare.title', { company: after.company?.name ?? '' })} actions={back} />
        <section className="gz-card">
          <p className="gz-lead" role="alert">
            {t('compare.differentFrameworks', { before: local(before.framework.name), after: local(after.framework.name) })}
          </p>
          <p>{t('compare.differentFrameworksWhy')}</p>
          <p>
            <a href={hrefFor(`/results/company/${after.record.companyId}`)}>{t('compare.pickAgain')}</a>
          </p>
        </section>
      </>
    );
  }
  const cmp = compareResults(before.result, after.result);
  const labels = compareLabels(before.record.updatedAt, after.record.updatedAt, i18n.language);
  const lvl = (level: number) => {
    const name = levelName(after.framework, level);
    return name ? local(name) : t('results.belowLevel1');
  };
  return (
    <>
      <ScreenHeader
        title={t('compare.title', { company: after.company?.name ?? '' })}
        subtitle={local(after.framework.name)}
        actions={back}
      />
      <section className="gz-card">
        <p className="gz-lead">
          {t('compare.summary', {
            before: labels[0],
            after: labels[1],
            levelBefore: lvl(cmp.levelBefore),
            levelAfter: lvl(cmp.levelAfter),
            scoreBefore: fmt(cmp.totalBefore, 'score'),
            scoreAfter: fmt(cmp.totalAfter, 'score'),
            change: change(cmp.totalChange, 'score'),
          })}
        </p>
        <p className="gz-field-help">{t('compare.legend', { before: labels[0], after: labels[1] })}</p>
        <DomainCharts framework={after.framework} result={after.result} compareWith={before.result} seriesLabels={[labels[1], labels[0]]} />
      </section>
      <section className="gz-card">
        <table className="gz-results-table">
          <caption>{t('compare.domains')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.domain')}</th>
              <th scope="col">{labels[0]}</th>
              <th scope="col">{labels[1]}</th>
              <th scope="col">{t('compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {cmp.domains.map((d) => {
              const name = nodeName(after.framework, 'domain', d.id);
              return (
                <tr key={d.id}>
                  <th scope="row">{name ? local(name) : d.id}</th>
                  <td>{pct(d.before)}</td>
                  <td>{pct(d.after)}</td>
                  <td className={d.change !== null && d.change < 0 ? 'gz-results-down' : 'gz-results-up'}>{signed(d.change)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </>
  );
}
