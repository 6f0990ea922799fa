// A table answer: the template sets the columns, the user adds and removes rows.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableColumn } from '../../../core/template/schema.ts';
import { newId } from '../../app/ids.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { TextField } from './text-field.tsx';
import { IconButton } from '../common/icon-button.tsx';

export interface TableRow {
  id: string;
  cells: Record<string, string>;
}

export const TableField = memo(function TableField(props: {
  id: string;
  labelledBy: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  onChange: (rows: TableRow[]) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const setCell = (rowId: string, columnId: string, value: string) =>
    props.onChange(
      props.rows.map((r) => (r.id === rowId ? { ...r, cells: { ...r.cells, [columnId]: value } } : r)),
    );
  const headerId = (columnId: string) => `${props.id}-col-${columnId}`;
  return (
    <div className="table-field">
      <table aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="row-number">
              <span className="visually-hidden">{t('table.rowNumber')}</span>
            </th>
            {props.columns.map((column) => (
              <th key={column.id} id={headerId(column.id)} scope="col">
                {loc(column.label)}
              </th>
            ))}
            {!props.readOnly && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => {
            const rowLabelId = `${props.id}-row-${row.id}`;
            return (
              <tr key={row.id}>
                <th scope="row" id={rowLabelId} className="row-number">
                  {index + 1}
                </th>
                {props.columns.map((column) => {
                  const value = row.cells[column.id] ?? '';
                  const labelledBy = `${headerId(column.id)} ${rowLabelId}`;
                  const cellId = `${rowLabelId}-${column.id}`;
                  return (
                    <td key={column.id}>
                      {column.type === 'choice' ? (
                        <select
                          id={cellId}
                          value={value}
                          disabled={props.readOnly}
                          aria-labelledby={labelledBy}
                          onChange={(event) => setCell(row.id, column.id, event.target.value)}
                        >
                          <option value="">{t('common.choose')}</option>
                          {(column.options ?? []).map((option) => (
                            <option key={option.id} value={option.id}>
                              {loc(option.label)}
                            </option>
                          ))}
                        </select>
                      ) : column.type === 'date' ? (
                        <input
                          id={cellId}
                          type="date"
                          value={value}
                          readOnly={props.readOnly}
                          aria-labelledby={labelledBy}
                          onChange={(event) => setCell(row.id, column.id, event.target.value)}
                        />
                      ) : (
                        <TextField
                          id={cellId}
                          value={value}
                          readOnly={props.readOnly}
                          labelledBy={labelledBy}
                          wrap
                          onCommit={(text) => setCell(row.id, column.id, text)}
                        />
                      )}
                    </td>
                  );
                })}
                {!props.readOnly && (
                  <td>
                    <IconButton
                      danger
                      label={t('table.deleteRow', { number: index + 1 })}
                      onClick={() => props.onChange(props.rows.filter((r) => r.id !== row.id))}
                    >
                      <span aria-hidden="true">✕</span>
                    </IconButton>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.rows.length === 0 && <p className="empty">{t('table.empty')}</p>}
      {!props.readOnly && (
        <button
          type="button"
          className="secondary"
          onClick={() => props.onChange([...props.rows, { id: newId(), cells: {} }])}
        >
          {t('table.addRow')}
        </button>
      )}
    </div>
  );
});
