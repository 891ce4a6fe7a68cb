import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../core/assessment/framework-schema';
import type { AssessmentResult, NodeScore } from '../../core/assessment/result-types';
import { useLocalized } from './localized';
import { nodeName } from './framework-names';

interface Props {
  framework: Framework;
  result: AssessmentResult;
  /** A second result drawn over the first (side-by-side comparison). */
  compareWith?: AssessmentResult;
  seriesLabels?: [string, string];
}

const percent = (nodes: NodeScore[], ids: string[]) => ids.map((id) => Math.round((nodes.find((n) => n.id === id)?.ratio ?? 0) * 100));

/** Radar of domains and bars of sub-domains, in percent of what each could reach. chart.js loads lazily. */
export function DomainCharts({ framework, result, compareWith, seriesLabels }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalized();
  const radar = useRef<HTMLCanvasElement>(null);
  const bars = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const domains = result.domains.filter((d) => d.applicable);
  const subDomains = result.subDomains.filter((s) => s.applicable);
  const domainLabels = domains.map((d) => local(nodeName(framework, 'domain', d.id) ?? { 'zh-CN': d.id, en: d.id, 'zh-TW': d.id }));
  const subLabels = subDomains.map((s) => local(nodeName(framework, 'subDomain', s.id) ?? { 'zh-CN': s.id, en: s.id, 'zh-TW': s.id }));
  const key = JSON.stringify([domainLabels, subLabels, result.domains, result.subDomains, compareWith?.domains]);

  useEffect(() => {
    let live = true;
    let destroy: (() => void) | undefined;
    import('./chart-setup').then(
      ({ createRadar, createBars }) => {
        if (!live || !radar.current || !bars.current) return;
        const [first, second] = seriesLabels ?? [t('results.thisAssessment'), ''];
        const domainIds = domains.map((d) => d.id);
        const subIds = subDomains.map((s) => s.id);
        const radarSeries = [{ label: first, values: percent(result.domains, domainIds) }];
        const barSeries = [{ label: first, values: percent(result.subDomains, subIds) }];
        if (compareWith) {
          radarSeries.push({ label: second, values: percent(compareWith.domains, domainIds) });
          barSeries.push({ label: second, values: percent(compareWith.subDomains, subIds) });
        }
        const charts = [createRadar(radar.current, domainLabels, radarSeries), createBars(bars.current, subLabels, barSeries)];
        destroy = () => charts.forEach((c) => c.destroy());
        setState('ready');
      },
      (error: unknown) => {
        console.error('charts not loaded', error);
        if (live) setState('failed');
      },
    );
    return () => {
      live = false;
      destroy?.();
    };
    // key covers every input the charts draw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const barHeight = Math.max(240, subLabels.length * 32 + 48);
  return (
    <div className="gz-results-charts" data-charts={state}>
      <figure>
        <canvas ref={radar} width={620} height={520} role="img" aria-label={t('results.radarLabel')} />
        <figcaption>{t('results.radarCaption')}</figcaption>
      </figure>
      <figure>
        <canvas ref={bars} width={680} height={barHeight} role="img" aria-label={t('results.barsLabel')} />
        <figcaption>{t('results.barsCaption')}</figcaption>
      </figure>
      {state === 'failed' ? <p className="gz-notice gz-notice--error">{t('results.chartsFailed')}</p> : null}
    </div>
  );
}
