import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findFramework } from '../../core/assessment/bundled-frameworks';
import type { GroupStats, ParkView } from '../../core/park/aggregate';
import { findCluster } from '../../core/clients/clusters';
import type { CompanySize } from '../../core/clients/company';
import { useNumberFormat } from '../../i18n/use-number-format';
import { useLocalized } from '../common/localized';

/* Sizes as the company form gives them; a bundle from elsewhere may carry none or another code (shown as unknown). */
const sizeKeys = { micro: 'size.micro', small: 'size.small', medium: 'size.medium', large: 'size.large' } as const satisfies Record<
  CompanySize,
  string
>;
const isSize = (key: string): key is CompanySize => Object.hasOwn(sizeKeys, key);

const pct = (x: number) => Math.round(x * 100);

/** The park's distribution: levels, by cluster, by size, and the most common gaps. Plain tables render fast. */
export function ParkTables({ view }: { view: ParkView }) {
  const { t } = useTranslation('park');
  const local = useLocalized();
  const { fmt } = useNumberFormat();
  const domains = useMemo(() => {
    const list: { id: string; name: string }[] = [];
    for (const element of findFramework(view.frameworkId)?.elements ?? [])
      for (const d of element.domains) list.push({ id: d.id, name: local(d.name) });
    return list;
  }, [view.frameworkId, local]);
  const domainName = (id: string) => domains.find((d) => d.id === id)?.name ?? id;
  const maxLevelCount = Math.max(1, ...view.overall.levels);

  const groupTable = (groups: readonly GroupStats[], label: string, keyName: (key: string) => string) => (
    <table className="gz-park-table" aria-label={label}>
      <thead>
        <tr>
          <th>{label}</th>
          <th className="gz-num">{t('col.count')}</th>
          <th className="gz-num">{t('col.meanLevel')}</th>
          {domains.map((d) => (
            <th key={d.id} className="gz-num">
              {d.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <td>{keyName(g.key)}</td>
            <td className="gz-num">{g.count}</td>
            <td className="gz-num">{fmt(g.meanLevel, 'score')}</td>
            {domains.map((d) => (
              <td key={d.id} className="gz-num">
                {g.domainMeans[d.id] === undefined ? '' : pct(g.domainMeans[d.id] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <section className="gz-card" aria-labelledby="gz-park-levels">
        <h2 className="gz-card-title" id="gz-park-levels">
          {t('levelsTitle', { count: view.count })}
        </h2>
        <ul className="gz-park-bars">
          {view.overall.levels.map((n, level) => (
            <li key={level}>
              <span className="gz-park-bar-label">{t('levelLabel', { level })}</span>
              <span className="gz-park-bar" style={{ width: `${(n / maxLevelCount) * 100}%` }} />
              <span className="gz-num">{t('levelCount', { count: n, share: pct(n / view.count) })}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="gz-card" aria-labelledby="gz-park-gaps">
        <h2 className="gz-card-title" id="gz-park-gaps">
          {t('gapsTitle')}
        </h2>
        <ol>
          {view.commonGaps.slice(0, 5).map((g) => (
            <li key={g.domainId}>{t('gapLine', { domain: domainName(g.domainId), share: pct(g.share), count: g.count })}</li>
          ))}
        </ol>
      </section>
      <section className="gz-card gz-park-scroll">
        <p className="gz-field-help">{t('domainHelp')}</p>
        {groupTable(view.byCluster, t('byCluster'), (key) => {
          const cluster = findCluster(key);
          return cluster ? local(cluster.name) : key || t('unknown');
        })}
        {groupTable(view.bySize, t('bySize'), (key) => (isSize(key) ? t(sizeKeys[key]) : t('unknown')))}
      </section>
    </>
  );
}
