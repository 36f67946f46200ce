import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldActionContext } from '@/components/FieldList';
import type { RegistryTable } from '@/lib/registry-view';

/** A row as a field for the per-field action: key from the row id, label from caption and first cell. */
const rowKey = (id: string) => `rij.${id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 190)}`;

/**
 * A real <table> (caption, column headers) that becomes stacked cards below 52em: each cell
 * then shows its column name before the value, so nothing scrolls sideways at 320 px.
 */
export function RegistryTableView({ table }: { table: RegistryTable }) {
  const { t } = useTranslation('views');
  const action = useContext(FieldActionContext);
  return (
    <div className="mg-table-wrap">
      <table className="utrecht-table mg-table mg-table--stack">
        <caption className="utrecht-table__caption mg-table__caption">{table.caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {table.columns.map((column) => (
              <th key={column.id} scope="col" className="utrecht-table__header-cell">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {table.rows.map((row) => (
            <tr key={row.id} className="utrecht-table__row" data-row={row.id}>
              {table.columns.map((column, index) => {
                const Cell = index === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={column.id}
                    scope={index === 0 ? 'row' : undefined}
                    className="utrecht-table__cell"
                    data-label={column.label}
                  >
                    {row.cells[column.id] ?? ''}
                    {index === 0 && row.inOnderzoekSinds ? (
                      <span className="mg-in-onderzoek mg-in-onderzoek--inline" role="note">
                        <span className="utrecht-status-badge utrecht-status-badge--warning">
                          {t('field.inOnderzoekBadge')}
                        </span>{' '}
                        {row.inOnderzoekWat
                          ? t('field.inOnderzoekWatSinds', { wat: row.inOnderzoekWat, datum: row.inOnderzoekSinds })
                          : t('field.inOnderzoekSinds', { datum: row.inOnderzoekSinds })}
                      </span>
                    ) : null}
                    {index === 0 && action ? (
                      <span className="mg-table__action">
                        {action.render({
                          id: rowKey(row.id),
                          label: `${table.caption}: ${row.cells[column.id] ?? row.id}`,
                          value: table.columns.map((c) => `${c.label}: ${row.cells[c.id] ?? ''}`).join('; '),
                          ...(row.remedy ? { remedy: row.remedy } : {}),
                        })}
                      </span>
                    ) : null}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
