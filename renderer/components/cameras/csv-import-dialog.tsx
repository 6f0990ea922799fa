// CSV import of cameras: the user checks which column is which, sees every row that cannot be read and why,
// and adds the valid rows in one step (one undo step too).
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Camera } from '../../../core/model/assessment.ts';
import { parseCsv } from '../../../core/csv/parse.ts';
import { CAMERA_FIELDS } from '../../../core/model/vocabulary.ts';
import { guessMapping, importCameras } from '../../../core/csv/camera-import.ts';
import type { CameraField } from '../../../core/model/vocabulary.ts';
import { ALL_CAMERA_VOCABULARIES } from '../../../core/csv/exports.ts';
import { newId } from '../../app/ids.ts';
import { Dialog } from '../common/dialog.tsx';

/** Errors listed on screen; the rest are counted. */
const SHOWN_ERRORS = 200;

export function CsvImportDialog(props: {
  fileName: string;
  text: string;
  existingCodes: ReadonlySet<string>;
  onImport: (cameras: Camera[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const parsed = useMemo(() => parseCsv(props.text), [props.text]);
  const headers = parsed.rows[0] ?? [];
  const dataRows = useMemo(() => parsed.rows.slice(1), [parsed]);
  const [mapping, setMapping] = useState<(CameraField | null)[]>(() =>
    guessMapping(headers, ALL_CAMERA_VOCABULARIES),
  );
  const result = useMemo(
    () =>
      importCameras({
        rows: dataRows,
        mapping,
        vocabularies: ALL_CAMERA_VOCABULARIES,
        existingCodes: props.existingCodes,
        newId,
      }),
    [dataRows, mapping, props.existingCodes],
  );
  const codeMapped = mapping.includes('code');
  const linesWithErrors = new Set(result.errors.map((e) => e.line)).size;

  const setColumn = (column: number, field: CameraField | null) =>
    setMapping((current) =>
      current.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)),
    );

  return (
    <Dialog
      wide
      title={t('csv.importTitle', { name: props.fileName })}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={result.cameras.length === 0 || !codeMapped}
            onClick={() => props.onImport(result.cameras)}
          >
            {t('csv.importButton', { count: result.cameras.length })}
          </button>
        </>
      }
    >
      {parsed.rows.length < 2 ? (
        <p className="field-error" role="alert">
          {t('csv.empty')}
        </p>
      ) : (
        <>
          <p>
            {t('csv.intro', {
              count: dataRows.length,
              separator: t(`csv.separators.${separatorName(parsed.separator)}`),
            })}
          </p>
          {parsed.unterminatedQuote && <p className="warning">{t('csv.unterminatedQuote')}</p>}
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
              {headers.map((header, column) => (
                <tr key={column}>
                  <th scope="row" id={`${id}-h${column}`}>
                    {header || t('csv.unnamedColumn', { number: column + 1 })}
                  </th>
                  <td className="sample">{dataRows[0]?.[column] ?? ''}</td>
                  <td>
                    <select
                      aria-label={t('csv.fieldFor', { column: header || column + 1 })}
                      value={mapping[column] ?? ''}
                      onChange={(event) =>
                        setColumn(column, (event.target.value || null) as CameraField | null)
                      }
                    >
                      <option value="">{t('csv.ignore')}</option>
                      {CAMERA_FIELDS.map((field) => (
                        <option key={field} value={field}>
                          {t(`cameras.fields.${field}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!codeMapped && (
            <p className="field-error" role="alert">
              {t('csv.codeNotMapped')}
            </p>
          )}
          <p className="import-summary" role="status">
            {t('csv.summary', { valid: result.cameras.length, invalid: linesWithErrors })}
          </p>
          {result.errors.length > 0 && (
            <div className="import-errors">
              <h3>{t('csv.errorsTitle')}</h3>
              <ul>
                {result.errors.slice(0, SHOWN_ERRORS).map((error, i) => (
                  <li key={i}>
                    {t('csv.errorLine', {
                      line: error.line,
                      field: error.field ? t(`cameras.fields.${error.field}`) : '',
                      message: t(`csv.errors.${error.key}`, error.values),
                    })}
                  </li>
                ))}
              </ul>
              {result.errors.length > SHOWN_ERRORS && (
                <p>{t('csv.moreErrors', { count: result.errors.length - SHOWN_ERRORS })}</p>
              )}
            </div>
          )}
        </>
      )}
    </Dialog>
  );
}

function separatorName(separator: string): 'semicolon' | 'comma' | 'tab' {
  return separator === ';' ? 'semicolon' : separator === ',' ? 'comma' : 'tab';
}
