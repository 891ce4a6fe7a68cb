import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStats } from '../../app/inspection';
import type { InspectionStats } from '../../core/inspection/stats';
import { useNumberFormat } from '../../i18n/use-number-format';

export function StatsPanel({ projectId, refreshKey }: { projectId: string; refreshKey: number }) {
  const { t } = useTranslation('inspection');
  const { fmt } = useNumberFormat();
  const [stats, setStats] = useState<InspectionStats>();
  const pareto = useRef<HTMLCanvasElement>(null);
  const rate = useRef<HTMLCanvasElement>(null);
  const unnamed = t('stats.unnamed');

  useEffect(() => {
    let live = true;
    void projectStats(projectId, unnamed).then((next) => live && setStats(next));
    return () => {
      live = false;
    };
  }, [projectId, refreshKey, unnamed]);

  useEffect(() => {
    if (!stats || stats.ok + stats.ng === 0) return;
    let charts: { destroy(): void }[] = [];
    let live = true;
    void import('./inspection-charts').then(({ createParetoChart, createRateChart }) => {
      if (!live || !pareto.current || !rate.current) return;
      charts = [
        createParetoChart(pareto.current, stats, t('stats.count'), t('stats.cumulative')),
        createRateChart(rate.current, stats, t('stats.rate')),
      ];
    });
    return () => {
      live = false;
      charts.forEach((c) => c.destroy());
    };
  }, [stats, t]);

  if (!stats) return null;
  const total = stats.ok + stats.ng;
  return (
    <section className="gz-card" aria-labelledby="gz-inspect-stats">
      <h2 className="gz-card-title" id="gz-inspect-stats">
        {t('stats.title')}
      </h2>
      <p className="gz-inspect-counters">
        <span data-testid="count-ok">{t('stats.ok', { count: stats.ok })}</span>
        <span data-testid="count-ng">{t('stats.ng', { count: stats.ng })}</span>
        <span>{t('stats.rateNow', { rate: fmt(total ? stats.ng / total : 0, 'percent') })}</span>
        <span>{t('stats.corrected', { count: stats.corrected })}</span>
      </p>
      {total > 0 ? (
        <div className="gz-inspect-charts">
          <figure>
            <figcaption>{t('stats.paretoTitle')}</figcaption>
            <canvas ref={pareto} width={420} height={240} />
          </figure>
          <figure>
            <figcaption>{t('stats.rateTitle')}</figcaption>
            <canvas ref={rate} width={420} height={240} />
          </figure>
        </div>
      ) : null}
    </section>
  );
}
