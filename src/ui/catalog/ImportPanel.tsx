import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffCatalogs, type CatalogDiff } from '../../core/catalog/catalog-diff';
import type { Catalog, CatalogEntry, Provenance } from '../../core/catalog/catalog-schema';
import { provenanceSchema } from '../../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import type { ImportFile } from '../../core/catalog/import/import-catalog';
import type { ImportError, ImportFormat } from '../../core/catalog/import/import-types';
import { issueKey, type ListIssue } from '../../core/catalog/import/published/list-issues';
import type { CatalogFilePreview } from '../../core/catalog/import/published/preview-file';
import type { ListColumn } from '../../core/catalog/import/published/read-list';
import type { ListFileResult } from '../../core/catalog/import/published/read-list-file';
import type { SavedMapping } from '../../core/catalog/import/published/saved-mapping';
import type { Language } from '../../core/clients/company';
import { isCodedError } from '../../core/errors';
import { getPlatform } from '../../platform';
import { errorText } from '../common/error-text';
import { ImportPreview } from './ImportPreview';
import {
  draftProvenance,
  importCatalogVersion,
  mappingPublishers,
  mappingWith,
  pickListFile,
  previewListFile,
  saveCatalogTemplate,
} from '../../app/catalog';
import { ListImportCard } from './ListImportCard';
import { readingOf, type FieldOption } from './list-field-options';
import { VersionList } from './VersionList';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'errors'; fileName: string; errors: (ImportError | ListIssue)[] }
  | {
      step: 'preview';
      fileName: string;
      format: ImportFormat;
      entries: CatalogEntry[];
      diff: CatalogDiff;
      provenance: Provenance;
      saving: boolean;
      list?: ListStep;
    }
  | { step: 'done'; count: number }
  | { step: 'failed'; error: unknown };

/** A published list being mapped: the file (read again when a column changes) and the mapping shown. */
interface ListStep {
  file: ImportFile;
  publisher: string;
  result: ListFileResult;
  columns: ListColumn[];
  headerRows: number[];
  rereading: boolean;
}

type Preview = Extract<Step, { step: 'preview' }>;

interface ImportPanelProps {
  current: Catalog;
  activeVersion: CatalogVersionRow | undefined;
  versions: CatalogVersionRow[];
  language: Language;
  onChanged: () => void;
}

/** Import a published list: choose a file, see its errors or a preview with the diff, confirm, and roll back. */
export function ImportPanel({ current, activeVersion, versions, language, onChanged }: ImportPanelProps) {
  const { t, i18n } = useTranslation('catalog');
  const [state, setState] = useState<Step>({ step: 'idle' });
  const platform = getPlatform();
  const fail = (error: unknown) => {
    console.error('catalog import', error);
    setState({ step: 'failed', error });
  };

  const [publisher, setPublisher] = useState('');
  const [publishers, setPublishers] = useState<string[]>([]);
  useEffect(() => {
    mappingPublishers().then(setPublishers, () => setPublishers([]));
  }, [versions]);

  const today = () => new Date().toISOString().slice(0, 10);

  /** The preview state for a read file: the template's all-or-nothing result, or a published list's mapping and rows. */
  const show = (file: ImportFile, name: string, preview: CatalogFilePreview, previous: Preview | undefined): Step => {
    if (preview.kind === 'template') {
      const result = preview.result;
      if (!result.ok) return { step: 'errors', fileName: file.name, errors: result.errors };
      return {
        step: 'preview',
        fileName: file.name,
        format: result.format,
        entries: result.entries,
        diff: diffCatalogs(current.entries, result.entries),
        provenance: draftProvenance(file.name, result.provenance, today()),
        saving: false,
      };
    }
    const result = preview.result;
    const columns = result.ok ? result.columns : (result.columns ?? []);
    const headerRows = result.ok ? result.headerRows : (result.headerRows ?? []);
    if (!result.ok && columns.length === 0)
      return {
        step: 'errors',
        fileName: file.name,
        errors: result.errors,
      };
    const entries = result.ok ? result.entries : [];
    const draft = draftProvenance(file.name, undefined, today());
    const provenance = previous?.provenance ?? { ...draft, publisher: { 'zh-CN': name } };
    return {
      step: 'preview',
      fileName: file.name,
      format: result.format,
      entries,
      diff: diffCatalogs(current.entries, entries),
      provenance,
      saving: false,
      list: { file, publisher: name, result, columns, headerRows, rereading: false },
    };
  };

  const choose = () => {
    setState({ step: 'reading' });
    const run = async () => {
      const file = await pickListFile(platform, t('importer.fileFilter'));
      if (!file) return setState({ step: 'idle' });
      const name = publisher.trim() || file.name.replace(/\.[^.]+$/, '');
      setState(show(file, name, await previewListFile(file, name), undefined));
    };
    run().catch(fail);
  };

  const changeColumn = (preview: Preview, index: number, option: FieldOption) => {
    const list = preview.list;
    const column = list?.columns.find((c) => c.index === index);
    if (!list || !column) return;
    const mapping: SavedMapping = mappingWith(list.publisher, list.headerRows, list.columns, {
      index,
      reading: readingOf(option, column.reading),
    });
    setState({ ...preview, list: { ...list, rereading: true } });
    previewListFile(list.file, list.publisher, mapping).then((next) => setState(show(list.file, list.publisher, next, preview)), fail);
  };

  const confirm = (preview: Preview) => {
    const provenance = provenanceSchema.safeParse(preview.provenance);
    if (!provenance.success || preview.entries.length === 0) return;
    setState({ ...preview, saving: true });
    const list = preview.list;
    const mapping = list ? mappingWith(list.publisher, list.headerRows, list.columns) : undefined;
    importCatalogVersion({
      provenance: provenance.data,
      entries: preview.entries,
      fileName: preview.fileName,
      format: preview.format,
      mapping,
    }).then(() => {
      setState({ step: 'done', count: preview.entries.length });
      onChanged();
    }, fail);
  };

  const template = (kind: 'xlsx' | 'csv') => {
    saveCatalogTemplate(platform, kind, t('importer.templateName')).catch(fail);
  };

  return (
    <section aria-label={t('importer.label')}>
      <p className="gz-field-help">{t('importer.intro')}</p>
      <label className="gz-field gz-sol-publisher">
        <span className="gz-field-label">{t('list.publisher')}</span>
        <input className="gz-input" list="gz-list-publishers" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        <datalist id="gz-list-publishers">
          {publishers.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <span className="gz-field-help">{t('list.publisherHelp')}</span>
      </label>
      <div className="gz-actions">
        <button
          type="button"
          className="gz-button gz-button--primary"
          onClick={choose}
          disabled={state.step === 'reading' || (state.step === 'preview' && state.saving)}
        >
          {state.step === 'reading' ? t('importer.reading') : t('importer.choose')}
        </button>
        <button type="button" className="gz-button" onClick={() => template('xlsx')}>
          {t('importer.templateXlsx')}
        </button>
        <button type="button" className="gz-button" onClick={() => template('csv')}>
          {t('importer.templateCsv')}
        </button>
      </div>
      <div aria-live="polite">
        {state.step === 'done' ? <p className="gz-notice">{t('importer.done', { count: state.count })}</p> : null}
        {state.step === 'failed' ? (
          <p className="gz-notice gz-notice--error" role="alert">
            {isCodedError(state.error) ? errorText(i18n, state.error) : t('importer.failed')}
          </p>
        ) : null}
      </div>
      {state.step === 'errors' ? (
        <div role="alert">
          <p className="gz-notice gz-notice--error">{t('importer.rejected', { file: state.fileName, count: state.errors.length })}</p>
          <table className="gz-sol-table">
            <thead>
              <tr>
                <th className="gz-num">{t('importer.row')}</th>
                <th>{t('importer.column')}</th>
                <th>{t('importer.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {state.errors.map((error, i) => (
                <tr key={`${error.row}-${error.column}-${i}`}>
                  <td className="gz-num">{error.row}</td>
                  <td>{error.column}</td>
                  <td>{t(issueKey(error.code), error.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {state.step === 'preview' && state.list ? (
        <ListImportCard
          fileName={state.fileName}
          publisher={state.list.publisher}
          result={state.list.result}
          columns={state.list.columns}
          language={language}
          rereading={state.list.rereading}
          onColumn={(index, option) => changeColumn(state, index, option)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'preview' && state.entries.length > 0 ? (
        <ImportPreview
          fileName={state.fileName}
          entries={state.entries}
          current={current.entries}
          diff={state.diff}
          provenance={state.provenance}
          language={language}
          saving={state.saving}
          onProvenance={(provenance) => setState({ ...state, provenance })}
          onConfirm={() => confirm(state)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      <VersionList versions={versions} activeVersion={activeVersion} language={language} onChanged={onChanged} onError={fail} />
    </section>
  );
}
