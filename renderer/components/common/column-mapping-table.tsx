// Which spreadsheet column is which field: one row per column with its header, a sample cell and the field chosen
// (or « ignore »). Shared by the camera import and the record-of-processing import.
import { useTranslation } from 'react-i18next';

export function ColumnMappingTable<Field extends string>(props: {
  headers: readonly string[];
  /** The row whose cells are shown as samples. */
  sample: readonly string[] | undefined;
  fields: readonly Field[];
  fieldLabel: (field: Field) => string;
  mapping: readonly (Field | null)[];
  onChange: (column: number, field: Field | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="mapping-table">
      <caption className="visually-hidden">{t('csv.mappingCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('csv.column')}</th>
          <th scope="col">{t('csv.example')}</th>
          <th scope="col">{t('csv.field')}</th>
        </tr>
      </thead>
      <tbody>
        {props.headers.map((header, column) => (
          <tr key={column}>
            <th scope="row">{header || t('csv.unnamedColumn', { number: column + 1 })}</th>
            <td className="sample">{(props.sample?.[column] ?? '').slice(0, 120)}</td>
            <td>
              <select
                aria-label={t('csv.fieldFor', { column: header || column + 1 })}
                value={props.mapping[column] ?? ''}
                onChange={(event) => props.onChange(column, (event.target.value || null) as Field | null)}
              >
                <option value="">{t('csv.ignore')}</option>
                {props.fields.map((field) => (
                  <option key={field} value={field}>
                    {props.fieldLabel(field)}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
