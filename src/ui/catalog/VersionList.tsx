import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogVersionRow } from '../../core/catalog/catalog-version';
import { pickText } from '../../core/catalog/localized-text';
import type { Language } from '../../core/clients/company';
import { activateCatalogVersion } from '../../app/catalog';
import { formatDay } from '../../i18n/date-format';

interface VersionListProps {
  versions: CatalogVersionRow[];
  activeVersion: CatalogVersionRow | undefined;
  language: Language;
  onChanged: () => void;
  onError: (error: unknown) => void;
}

/** Every imported list is kept; using an older one (or the reference list) is the rollback. */
export function VersionList({ versions, activeVersion, language, onChanged, onError }: VersionListProps) {
  const { t } = useTranslation('catalog');
  const [busy, setBusy] = useState(false);
  const activate = (id: string | null) => {
    setBusy(true);
    activateCatalogVersion(id)
      .then(onChanged, onError)
      .finally(() => setBusy(false));
  };
  const row = (id: string | null, label: string, detail: string) => {
    const active = (activeVersion?.id ?? null) === id;
    return (
      <tr key={id ?? 'reference'}>
        <td>{label}</td>
        <td>{detail}</td>
        <td>
          {active ? (
            <span className="gz-badge gz-badge--ok">{t('versions.inUse')}</span>
          ) : (
            <button type="button" className="gz-button" disabled={busy} onClick={() => activate(id)}>
              {t('versions.use')}
            </button>
          )}
        </td>
      </tr>
    );
  };
  return (
    <div className="gz-card">
      <h2 className="gz-card-title">{t('versions.title')}</h2>
      <table className="gz-sol-table">
        <thead>
          <tr>
            <th>{t('versions.list')}</th>
            <th>{t('versions.detail')}</th>
            <th>{t('versions.state')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) =>
            row(
              v.id,
              `${pickText(v.provenance.listName, language)} · ${v.provenance.version}`,
              t('versions.importedDetail', { date: formatDay(v.importedAt, language), count: v.entryCount, file: v.fileName }),
            ),
          )}
          {row(null, t('versions.reference'), t('versions.referenceDetail'))}
        </tbody>
      </table>
    </div>
  );
}
