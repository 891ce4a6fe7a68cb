import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findCluster } from '../../../core/clients/clusters';
import { revenueBandText } from '../revenue-band';
import { getPlatform } from '../../../platform';
import { useLocalized } from '../../common/localized';
import { hrefFor } from '../../common/hash-location';
import { DomainCharts } from '../../common/DomainCharts';
import { GapSections } from './GapSections';
import { LevelBadge } from '../../common/LevelBadge';
import { PeerComparison } from './PeerComparison';
import { RoadmapReportSection } from '../../common/RoadmapReportSection';
import { StrengthsWeaknesses } from '../../common/StrengthsWeaknesses';
import { useResult } from '../../common/use-result';
import { usePrintPageMargins } from './use-print-page-margins';
import './report.css';

/** The printable report: profile, level, charts, gaps and peers, in the chosen language (print CSS in report.css). */
export function ReportView({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation('assessment');
  const local = useLocalized();
  const data = useResult(assessmentId);
  const [printFailed, setPrintFailed] = useState(false);
  const ready = data.status === 'ready' && data.value ? data.value : undefined;
  const when = ready
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(ready.record.completedAt ?? ready.record.updatedAt))
    : '';
  usePrintPageMargins(ready ? t('report.pageHeader', { company: ready.company?.name ?? '', date: when }) : '', (page, pages) =>
    t('report.pageNumber', { page, pages }),
  );
  if (data.status === 'loading') return <p className="gz-loading">{t('common.loading')}</p>;
  if (data.status === 'error' || !data.value)
    return (
      <p className="gz-notice gz-notice--error" role="alert">
        {t('results.notFound')}
      </p>
    );
  const { framework, result, company, record } = data.value;
  const cluster = findCluster(company?.cluster);
  const date = when;
  const print = () => {
    setPrintFailed(false);
    getPlatform()
      .printToPdf({ suggestedName: `gongzhi-report-${(company?.name ?? 'company').replace(/[\\/:*?"<>|\s]+/g, '-')}.pdf` })
      .catch((error: unknown) => {
        console.error('report not printed', error);
        setPrintFailed(true);
      });
  };
  return (
    <article className="gz-report" data-report={record.id}>
      <div className="gz-no-print gz-report-toolbar">
        <div className="gz-actions">
          <button type="button" className="gz-button gz-button--primary" onClick={print}>
            {t('report.print')}
          </button>
          <a className="gz-button" href={hrefFor(`/results/${record.id}`)}>
            {t('report.back')}
          </a>
        </div>
        {getPlatform().kind === 'web' ? <p className="gz-field-help">{t('report.webPrintHint')}</p> : null}
      </div>
      {printFailed ? (
        <p className="gz-notice gz-notice--error gz-no-print" role="alert">
          {t('report.printFailed')}
        </p>
      ) : null}
      <header className="gz-report-head">
        <h1 className="gz-screen-title" tabIndex={-1} data-screen-title>
          {t('report.title', { company: company?.name ?? '' })}
        </h1>
        <p>
          {local(framework.name)} · {date}
        </p>
        <dl className="gz-info-list">
          <dt>{t('profile.cluster')}</dt>
          <dd>{cluster ? local(cluster.name) : t('profile.notGiven')}</dd>
          <dt>{t('profile.subSector')}</dt>
          <dd>{company?.subSector ?? t('profile.notGiven')}</dd>
          <dt>{t('profile.industryType')}</dt>
          <dd>{t(`profile.industry.${record.industryType}`)}</dd>
          <dt>{t('profile.size')}</dt>
          <dd>{company?.size ? t(`profile.sizes.${company.size}`) : t('profile.notGiven')}</dd>
          <dt>{t('profile.revenueBand')}</dt>
          <dd>{revenueBandText(t, company?.revenueBand)}</dd>
        </dl>
      </header>
      <section className="gz-report-section">
        <LevelBadge framework={framework} result={result} />
      </section>
      <section className="gz-report-section">
        <h2>{t('results.chartsTitle')}</h2>
        <DomainCharts framework={framework} result={result} />
      </section>
      <section className="gz-report-section">
        <h2>{t('results.strengthsTitle')}</h2>
        <StrengthsWeaknesses framework={framework} result={result} />
      </section>
      <GapSections loaded={data.value} look="report" gapLimit={20} />
      <section className="gz-report-section">
        <RoadmapReportSection framework={framework} result={result} company={company} />
      </section>
      <section className="gz-report-section">
        <h2>{t('peers.title')}</h2>
        <PeerComparison result={result} />
      </section>
      <footer className="gz-report-foot">
        <p>{local(framework.alignment)}</p>
        <p>{t('report.footer')}</p>
      </footer>
    </article>
  );
}
