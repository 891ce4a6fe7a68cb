import { useTranslation } from 'react-i18next';
import type { Catalog } from '../../core/catalog/catalog-schema';
import { pickText } from '../../core/catalog/localized-text';
import type { Language } from '../../core/clients/company';
import { formatDay } from '../../i18n/date-format';

/** Says which list is in use; for Gongzhi's own reference list, says plainly that it is to be replaced. */
export function ReferenceNotice({ catalog, language }: { catalog: Catalog; language: Language }) {
  const { t } = useTranslation('catalog');
  const p = catalog.provenance;
  return (
    <section className={p.kind === 'reference' ? 'gz-notice' : 'gz-card'} aria-label={t('notice.label')}>
      <p>
        <strong>{pickText(p.listName, language)}</strong> ·{' '}
        {t('notice.meta', {
          publisher: pickText(p.publisher, language),
          date: formatDay(p.publishedOn, language),
          version: p.version,
          count: catalog.entries.length,
        })}
      </p>
      {/* The reference list's own note says the same as this statement, so it is shown once: ours. */}
      {p.kind === 'reference' ? (
        <p>{t('notice.reference')}</p>
      ) : p.note ? (
        <p className="gz-field-help">{pickText(p.note, language)}</p>
      ) : null}
    </section>
  );
}
