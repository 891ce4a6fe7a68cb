import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffCatalogs, type CatalogDiff } from '../../core/catalog/catalog-diff';
import type { Catalog, CatalogEntry, Provenance } from '../../core/catalog/catalog-schema';
import { provenanceSchema } from '../../core/catalog/catalog-schema';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import type { ImportError, ImportFormat } from '../../core/catalog/import/import-types';
import type { Language } from '../../core/clients/company';
import { getPlatform } from '../../platform';
import { ImportPreview } from './ImportPreview';
import { draftProvenance, pickAndValidate, saveTemplate } from './import-actions';
import { catalogRepository } from './use-active-catalog';
import { VersionList } from './VersionList';

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'errors'; fileName: string; errors: ImportError[] }
  | { step: 'preview'; fileName: string; format: ImportFormat; entries: CatalogEntry[]; diff: CatalogDiff; provenance: Provenance; saving: boolean }
  | { step: 'done'; count: number }
  | { step: 'failed' };

interface ImportPanelProps {
  current: Catalog;
  activeVersion: CatalogVersionRow | undefined;
  versions: CatalogVersionRow[];
  language: Language;
  onChanged: () => void;
}

/** Import a published list: choose a file, see its errors or a preview with the diff, confirm, and roll back. */
export function ImportPanel({ current, activeVersion, versions, language, onChanged }: ImportPanelProps) {
  const { t } = useTranslation('catalog');
  const [state, setState] = useState<Step>({ step: 'idle' });
  const platform = getPlatform();
  const fail = (error: unknown) => {
    console.error('catalog import', error);
    setState({ step: 'failed' });
  };

  const choose = () => {
    setState({ step: 'reading' });
    pickAndValidate(platform, t('importer.fileFilter')).then((picked) => {
      if (!picked) return setState({ step: 'idle' });
      const { fileName, result } = picked;
      if (!result.ok) return setState({ step: 'errors', fileName, errors: result.errors });
      const today = new Date().toISOString().slice(0, 10);
      setState({ step: 'preview', fileName, format: result.format, entries: result.entries, diff: diffCatalogs(current.entries, result.entries), provenance: draftProvenance(fileName, result.provenance, today), saving: false });
    }, fail);
  };

  const confirm = (preview: Extract<Step, { step: 'preview' }>) => {
    const provenance = provenanceSchema.safeParse(preview.provenance);
    if (!provenance.success) return;
    setState({ ...preview, saving: true });
    catalogRepository()
      .then((repository) => repository.importVersion({ provenance: provenance.data, entries: preview.entries, fileName: preview.fileName, format: preview.format }))
      .then(() => {
        setState({ step: 'done', count: preview.entries.length });
        onChanged();
      }, fail);
  };

  const template = (kind: 'xlsx' | 'csv') => {
    saveTemplate(platform, kind, t('importer.templateName')).catch(fail);
  };

  return (
    <section aria-label={t('importer.label')}>
      <p className="gz-field-help">{t('importer.intro')}</p>
      <div className="gz-actions">
        <button type="button" className="gz-button gz-button--primary" onClick={choose} disabled={state.step === 'reading' || (state.step === 'preview' && state.saving)}>
          {state.step === 'reading' ? t('importer.reading') : t('importer.choose')}
        </button>
        <button type="button" className="gz-button" onClick={() => template('xlsx')}>{t('importer.templateXlsx')}</button>
        <button type="button" className="gz-button" onClick={() => template('csv')}>{t('importer.templateCsv')}</button>
      </div>
      <div aria-live="polite">
        {state.step === 'done' ? <p className="gz-notice">{t('importer.done', { count: state.count })}</p> : null}
        {state.step === 'failed' ? <p className="gz-notice gz-notice--error" role="alert">{t('importer.failed')}</p> : null}
      </div>
      {state.step === 'errors' ? (
        <div role="alert">
          <p className="gz-notice gz-notice--error">{t('importer.rejected', { file: state.fileName, count: state.errors.length })}</p>
          <table className="gz-sol-table">
            <thead><tr><th className="gz-num">{t('importer.row')}</th><th>{t('importer.column')}</th><th>{t('importer.problem')}</th></tr></thead>
            <tbody>
              {state.errors.map((error, i) => (
                <tr key={`${error.row}-${error.column}-${i}`}>
                  <td className="gz-num">{error.row}</td>
                  <td>{error.column}</td>
                  <td>{t(error.code, error.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {state.step === 'preview' ? (
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
