// The export of a table (camera inventory, action plan…): a button and the file format beside it, Excel by default.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type TableFileFormat = 'xlsx' | 'csv';

export function TableExportControls(props: {
  label: string;
  disabled: boolean;
  onExport: (format: TableFileFormat) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [format, setFormat] = useState<TableFileFormat>('xlsx');
  return (
    <span className="table-export" role="group" aria-labelledby={`${id}-button`}>
      <button
        id={`${id}-button`}
        type="button"
        className="secondary"
        disabled={props.disabled}
        onClick={() => props.onExport(format)}
      >
        {props.label}
      </button>
      <label>
        <span className="visually-hidden">{t('tables.format')}</span>
        <select
          value={format}
          title={t('tables.format')}
          onChange={(event) => setFormat(event.target.value === 'csv' ? 'csv' : 'xlsx')}
        >
          <option value="xlsx">{t('tables.xlsx')}</option>
          <option value="csv">{t('tables.csv')}</option>
        </select>
      </label>
    </span>
  );
}
