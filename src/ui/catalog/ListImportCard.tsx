import { useTranslation } from 'react-i18next';
import { issueKey } from '../../core/catalog/import/published/list-issues';
import type { ListColumn } from '../../core/catalog/import/published/read-list';
import type { ListFileResult } from '../../core/catalog/import/published/read-list-file';
import type { Language } from '../../core/clients/company';
import { ListMappingTable } from './ListMappingTable';
import { ListRowsPreview } from './ListRowsPreview';
import type { FieldOption } from './list-field-options';

interface ListImportCardProps {
  fileName: string;
  publisher: string;
  result: ListFileResult;
  columns: readonly ListColumn[];
  language: Language;
  rereading: boolean;
  onColumn: (index: number, option: FieldOption) => void;
  onCancel: () => void;
}

/** A published list as read: the mapping found (changeable), then what would be stored and what would not. */
export function ListImportCard({ fileName, publisher, result, columns, language, rereading, onColumn, onCancel }: ListImportCardProps) {
  const { t } = useTranslation('catalog');
  return (
    <div className="gz-card">
      <h2 className="gz-card-title">{t('list.title', { file: fileName })}</h2>
      <p>
        {result.ok
          ? t('list.summary', {
              count: result.items.length,
              skipped: new Set(result.errors.map((e) => e.row)).size,
              warnings: result.warnings.length,
            })
          : null}
      </p>
      <h3 className="gz-card-subtitle">{t('list.mappingTitle')}</h3>
      <p className="gz-field-help">{t('list.mappingHelp', { publisher })}</p>
      <ListMappingTable columns={columns} busy={rereading} onChange={onColumn} />
      <div aria-live="polite">{rereading ? <p className="gz-field-help">{t('list.rereading')}</p> : null}</div>
      {result.ok ? (
        <ListRowsPreview items={result.items} errors={result.errors} warnings={result.warnings} language={language} />
      ) : (
        <div role="alert">
          <p className="gz-notice gz-notice--error">{t('list.nothingImports')}</p>
          <ul>
            {result.errors.slice(0, 20).map((e, i) => (
              <li key={`${e.row}-${i}`}>
                {t('list.problemAt', { row: e.row })} {t(issueKey(e.code), e.params)}
              </li>
            ))}
          </ul>
          <button type="button" className="gz-button" onClick={onCancel}>
            {t('preview.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
