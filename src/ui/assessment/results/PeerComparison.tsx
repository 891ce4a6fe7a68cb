import { useTranslation } from 'react-i18next';
import { bandFor, benchmarksFor } from '../../../core/assessment/peer-benchmarks';
import type { AssessmentResult } from '../../../core/assessment/result-types';
import { useLocalized } from '../../common/localized';

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Where the level sits in the published national distributions, with source and year. */
export function PeerComparison({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const benchmarks = benchmarksFor(result.frameworkId);
  if (!benchmarks) return <p className="gz-lead">{t('peers.none')}</p>;
  const bandLabel = (from: number, to: number) =>
    from === to
      ? t('peers.bandExact', { level: from })
      : from === 0
        ? t('peers.bandAtMost', { level: to })
        : t('peers.bandAtLeast', { level: from });
  return (
    <div className="gz-results-peers">
      <table className="gz-results-table">
        <caption>{t('peers.caption', { level: result.level })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('peers.source')}</th>
            <th scope="col">{t('peers.distribution')}</th>
          </tr>
        </thead>
        <tbody>
          {benchmarks.distributions.map((d) => {
            const own = bandFor(result.level, d);
            return (
              <tr key={d.id}>
                <th scope="row">
                  {d.year} · {local(d.source)}
                </th>
                <td>
                  {d.bands.map((b) => (
                    <span
                      key={`${b.fromLevel}-${b.toLevel}`}
                      className={b === own ? 'gz-results-band gz-results-band--own' : 'gz-results-band'}
                    >
                      {bandLabel(b.fromLevel, b.toLevel)} {pct(b.share)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="gz-field-help">{local(benchmarks.note)}</p>
    </div>
  );
}
