import { useTranslation } from 'react-i18next';
import type { ListColumn } from '../../core/catalog/import/published/read-list';
import { contentLang } from './content-lang';
import { fieldOptions, optionOf, type FieldOption } from './list-field-options';

interface ListMappingTableProps {
  columns: readonly ListColumn[];
  busy: boolean;
  onChange: (index: number, option: FieldOption) => void;
}

/** Column by column: the header found, the field it is read as (changeable), and what the column holds. */
export function ListMappingTable({ columns, busy, onChange }: ListMappingTableProps) {
  const { t } = useTranslation('catalog');
  return (
    <table className="gz-sol-table" aria-label={t('list.mappingTitle')}>
      <thead>
        <tr>
          <th>{t('list.col.letter')}</th>
          <th>{t('list.col.header')}</th>
          <th>{t('list.col.field')}</th>
          <th>{t('list.col.samples')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => {
          const label = column.header || t('list.noHeaderText');
          return (
            <tr key={column.index}>
              <td>{column.letter}</td>
              <td>
                <span lang={contentLang(label)}>{label}</span>
                {column.source === 'saved' ? <div className="gz-sol-muted">{t('list.savedMapping')}</div> : null}
                {column.source === 'guessed' && column.reading.field !== 'ignore' && column.score < 0.8 ? (
                  <div className="gz-sol-muted">{t('list.checkGuess')}</div>
                ) : null}
              </td>
              <td>
                <select
                  className="gz-select"
                  aria-label={t('list.fieldFor', { column: column.letter, header: label })}
                  value={optionOf(column.reading)}
                  disabled={busy}
                  onChange={(e) => onChange(column.index, e.target.value as FieldOption)}
                >
                  {fieldOptions.map((option) => (
                    <option key={option} value={option}>
                      {t(`list.field.${option}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="gz-field-help" lang={contentLang(column.samples.join(''))}>
                {column.samples.join(t('listSeparator'))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
