import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toBase64 } from '../../core/backup/bytes';
import { resultsCsv } from '../../core/inspection/csv';
import type { BackendName, InspectionResult } from '../../core/inspection/records';
import { getPlatform } from '../../platform';
import { inspectErrorOf } from '../common/inspection-errors';
import { useHistory } from './use-history';
import { allResults } from '../../app/inspection';
import type { ProjectsState } from './use-projects';

/**
 * A stored JPEG thumbnail (a few KB) as a data: URL, not a blob URL: creating a blob URL is a synchronous round trip
 * to the browser process, and a page of results or a batch summary's gallery made dozens of them in one task.
 */
export function Thumb({ bytes, alt }: { bytes: Uint8Array; alt: string }) {
  const url = useMemo(() => `data:image/jpeg;base64,${toBase64(bytes)}`, [bytes]);
  return <img src={url} alt={alt} className="gz-inspect-thumb" />;
}

/* Spelled out so the i18n key check sees every key; the stored id ("wasm-threads") is never shown. */
const backendKeys = {
  webgpu: 'history.backend.webgpu',
  'wasm-threads': 'history.backend.wasmThreads',
  wasm: 'history.backend.wasm',
} as const satisfies Record<BackendName, string>;

function Row({
  r,
  types,
  onReview,
}: {
  r: InspectionResult;
  types: readonly string[];
  onReview(verdict: 'ok' | 'ng', type?: string): void;
}) {
  const { t, i18n } = useTranslation('inspection');
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }).format(r.checkedAt);
  return (
    <li className="gz-inspect-result" data-verdict={r.verdict} data-file={r.fileName} data-refit-copy={r.refitCopy ?? 'none'}>
      <Thumb bytes={r.thumbnail} alt={r.fileName} />
      <div>
        <strong className={`gz-badge gz-badge--${r.verdict === 'ok' ? 'ok' : 'off'}`}>{t(`verdict.${r.verdict}`)}</strong> {r.fileName}
        <div className="gz-field-help">
          {time} · {t('history.score', { score: r.score })} {r.defectType ? `· ${r.defectType}` : ''} · {t(backendKeys[r.backend])} ·{' '}
          {Math.round(r.timingMs)} ms
          {r.verdict !== r.modelVerdict ? ` · ${t('history.corrected')}` : ''}
        </div>
      </div>
      <div className="gz-actions">
        {r.verdict === 'ng' ? (
          <button className="gz-button gz-button--quiet" type="button" onClick={() => onReview('ok')}>
            {t('history.markOk')}
          </button>
        ) : (
          <>
            <button className="gz-button gz-button--quiet" type="button" onClick={() => onReview('ng')}>
              {t('history.markNg')}
            </button>
            {types.map((type) => (
              <button key={type} className="gz-button gz-button--quiet" type="button" onClick={() => onReview('ng', type)}>
                {t('history.markNgAs', { type })}
              </button>
            ))}
          </>
        )}
      </div>
    </li>
  );
}

export function HistoryPanel({ projects, refreshKey, onReviewed }: { projects: ProjectsState; refreshKey: number; onReviewed(): void }) {
  const { t, i18n } = useTranslation('inspection');
  const project = projects.selected;
  const { filter, setFilter, results, more, review, error } = useHistory(project?.id, refreshKey);
  const [notice, setNotice] = useState<string>();
  if (!project) return null;
  const types = project.defectTypes.map((d) => d.name);

  const exportCsv = async () => {
    const all = await allResults(project.id);
    const csv = resultsCsv(project.name, all, {
      headers: [
        t('csv.project'),
        t('csv.time'),
        t('csv.file'),
        t('csv.verdict'),
        t('csv.modelVerdict'),
        t('csv.score'),
        t('csv.threshold'),
        t('csv.defectType'),
        t('csv.backend'),
        t('csv.timing'),
      ],
      verdict: { ok: t('verdict.ok'), ng: t('verdict.ng') },
    });
    const saved = await getPlatform().saveFile({
      suggestedName: `${project.name}.csv`,
      mimeType: 'text/csv',
      data: csv,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (saved.status === 'saved') setNotice(t('history.exported', { count: all.length }));
  };

  return (
    <section className="gz-card" aria-labelledby="gz-inspect-history">
      <h2 className="gz-card-title" id="gz-inspect-history">
        {t('history.title')}
      </h2>
      <div className="gz-inspect-row">
        <label className="gz-field">
          <span className="gz-field-label">{t('history.verdict')}</span>
          <select
            className="gz-select"
            value={filter.verdict}
            onChange={(e) => setFilter({ ...filter, verdict: e.target.value as typeof filter.verdict })}
          >
            <option value="all">{t('history.all')}</option>
            <option value="ok">{t('verdict.ok')}</option>
            <option value="ng">{t('verdict.ng')}</option>
          </select>
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('history.from')}</span>
          <input className="gz-input" type="date" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('history.to')}</span>
          <input className="gz-input" type="date" value={filter.to} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
        </label>
      </div>
      <div className="gz-actions">
        <button
          className="gz-button"
          type="button"
          onClick={() => void exportCsv().catch((e: unknown) => setNotice(inspectErrorOf(i18n, e)))}
        >
          {t('history.exportCsv')}
        </button>
      </div>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <p className="gz-notice gz-notice--error">{inspectErrorOf(i18n, error)}</p> : null}
      {results.length === 0 ? <p>{t('history.empty')}</p> : null}
      <ul className="gz-inspect-results" aria-label={t('history.listLabel')}>
        {results.map((r) => (
          <Row key={r.id} r={r} types={types} onReview={(verdict, type) => void review(r.id, verdict, type).then(onReviewed)} />
        ))}
      </ul>
      {more ? (
        <button className="gz-button" type="button" onClick={more}>
          {t('history.more')}
        </button>
      ) : null}
    </section>
  );
}
