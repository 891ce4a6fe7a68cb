import { useTranslation } from 'react-i18next';
import type { CatalogDiff } from '../../core/catalog/catalog-diff';
import { provenanceSchema, type CatalogEntry, type Provenance } from '../../core/catalog/catalog-schema';
import { pickText } from '../../core/catalog/localized-text';
import type { Language } from '../../core/clients/company';
import { changedFieldKeys } from './changed-fields';

interface ImportPreviewProps {
  fileName: string;
  entries: CatalogEntry[];
  current: readonly CatalogEntry[];
  diff: CatalogDiff;
  provenance: Provenance;
  language: Language;
  saving: boolean;
  onProvenance: (provenance: Provenance) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const shownPerList = 50;

/** What replacing the list would do, and the list's provenance to confirm before anything changes. */
export function ImportPreview({
  fileName,
  entries,
  diff,
  provenance,
  language,
  saving,
  onProvenance,
  onConfirm,
  onCancel,
}: ImportPreviewProps) {
  const { t } = useTranslation('catalog');
  const valid = provenanceSchema.safeParse(provenance).success;
  // Ids are the list's own codes or hashes for lists without any: not for people to read.
  const name = (entry: CatalogEntry) => pickText(entry.name, language);
  const setText = (field: 'listName' | 'publisher', value: string) =>
    onProvenance({ ...provenance, [field]: { ...provenance[field], 'zh-CN': value } });
  return (
    <div className="gz-card">
      <h2 className="gz-card-title">{t('preview.title', { file: fileName })}</h2>
      <p>
        {t('preview.summary', {
          count: entries.length,
          added: diff.added.length,
          changed: diff.changed.length,
          removed: diff.removed.length,
          unchanged: diff.unchanged,
        })}
      </p>
      {diff.added.length > 0 ? (
        <details open>
          <summary>{t('preview.added', { count: diff.added.length })}</summary>
          <ul>
            {diff.added.slice(0, shownPerList).map((e) => (
              <li key={e.id}>{name(e)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {diff.changed.length > 0 ? (
        <details open>
          <summary>{t('preview.changed', { count: diff.changed.length })}</summary>
          <ul>
            {diff.changed.slice(0, shownPerList).map((c) => (
              <li key={c.id}>
                {name(c.after)}:{' '}
                {changedFieldKeys(c.fields)
                  .map((key) => t(key))
                  .join(t('listSeparator'))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {diff.removed.length > 0 ? (
        <details open>
          <summary>{t('preview.removed', { count: diff.removed.length })}</summary>
          <ul>
            {diff.removed.slice(0, shownPerList).map((e) => (
              <li key={e.id}>{name(e)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <fieldset className="gz-fieldset">
        <legend className="gz-field-label">{t('preview.provenance')}</legend>
        <label className="gz-field">
          <span className="gz-field-label">{t('preview.listName')}</span>
          <input className="gz-input" value={provenance.listName['zh-CN']} onChange={(e) => setText('listName', e.target.value)} />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('preview.publisher')}</span>
          <input className="gz-input" value={provenance.publisher['zh-CN']} onChange={(e) => setText('publisher', e.target.value)} />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('preview.publishedOn')}</span>
          <input
            className="gz-input"
            type="date"
            value={provenance.publishedOn}
            onChange={(e) => onProvenance({ ...provenance, publishedOn: e.target.value })}
          />
        </label>
        <label className="gz-field">
          <span className="gz-field-label">{t('preview.version')}</span>
          <input
            className="gz-input"
            value={provenance.version}
            onChange={(e) => onProvenance({ ...provenance, version: e.target.value })}
          />
        </label>
        {!valid ? <p className="gz-field-help">{t('preview.provenanceNeeded')}</p> : null}
      </fieldset>
      <div className="gz-actions">
        <button type="button" className="gz-button gz-button--primary" onClick={onConfirm} disabled={!valid || saving}>
          {saving ? t('preview.saving') : t('preview.confirm', { count: entries.length })}
        </button>
        <button type="button" className="gz-button" onClick={onCancel} disabled={saving}>
          {t('preview.cancel')}
        </button>
      </div>
    </div>
  );
}
