import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionBatch, InspectionProject, InspectionResult } from '../../core/inspection/records';
import { useNumberFormat } from '../../i18n/use-number-format';
import { HeatmapView } from './HeatmapView';
import { Thumb } from './HistoryPanel';
import { batchResults } from '../../app/inspection';
import { inspectErrorOf } from '../common/inspection-errors';

/** NG results shown in the gallery at once; the rest are in the records. */
const GALLERY_LIMIT = 24;

/**
 * The end of a batch: how many parts passed and failed, the failed ones with their heat maps (where
 * each looks wrong), and the way to the records where every result can be reviewed.
 */
export function BatchSummary({
  batch,
  project,
  onOpenRecords,
}: {
  batch: InspectionBatch;
  project: InspectionProject;
  onOpenRecords(): void;
}) {
  const { t, i18n } = useTranslation('inspection');
  const { fmt } = useNumberFormat();
  const [results, setResults] = useState<InspectionResult[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    const ids = batch.items.flatMap((i) => (i.resultId ? [i.resultId] : []));
    void batchResults(ids)
      .then((r) => live && setResults(r))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [batch]);
  if (error) return <p className="gz-notice gz-notice--error">{inspectErrorOf(i18n, error)}</p>;
  if (!results) return null;
  const ng = results.filter((r) => r.modelVerdict === 'ng');
  const ok = results.length - ng.length;
  const failed = batch.items.filter((i) => i.state === 'failed').length;
  return (
    <section
      className="gz-inspect-batch-summary"
      aria-labelledby="gz-inspect-batch-summary"
      data-testid="batch-summary"
      data-ok={ok}
      data-ng={ng.length}
    >
      <h4 id="gz-inspect-batch-summary">{t('batch.summary.title')}</h4>
      <p className="gz-inspect-batch-counts">
        <strong className="gz-badge gz-badge--ok">{t('batch.summary.ok', { count: ok, formatted: fmt(ok, 'count') })}</strong>{' '}
        <strong className="gz-badge gz-badge--off">
          {t('batch.summary.ng', { count: ng.length, formatted: fmt(ng.length, 'count') })}
        </strong>
        {failed > 0 ? <> {t('batch.summary.failed', { count: failed, formatted: fmt(failed, 'count') })}</> : null}
      </p>
      {ng.length > 0 ? (
        <>
          <p className="gz-field-help">{t('batch.summary.galleryHelp')}</p>
          <ul className="gz-inspect-gallery" aria-label={t('batch.summary.galleryLabel')}>
            {ng.slice(0, GALLERY_LIMIT).map((r) => (
              <li key={r.id} data-file={r.fileName}>
                <HeatmapView map={r.map} threshold={r.threshold} roi={project.roi} compact>
                  <Thumb bytes={r.thumbnail} alt={r.fileName} />
                </HeatmapView>
                <span className="gz-inspect-gallery-name">{r.fileName}</span>
                <span className="gz-field-help">
                  {t('history.score', { score: fmt(r.score, 'score') })}
                  {r.defectType ? ` · ${r.defectType}` : ''}
                </span>
              </li>
            ))}
          </ul>
          {ng.length > GALLERY_LIMIT ? (
            <p className="gz-field-help">{t('batch.summary.more', { count: ng.length - GALLERY_LIMIT })}</p>
          ) : null}
        </>
      ) : null}
      <button className="gz-button" type="button" onClick={onOpenRecords}>
        {t('batch.summary.openRecords')}
      </button>
    </section>
  );
}
