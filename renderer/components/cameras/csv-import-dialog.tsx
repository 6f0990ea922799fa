// Spreadsheet import of cameras (CSV or .xlsx, read by the main process): the user checks which column is which, sees every row that cannot be read and why,
// and adds the valid rows in one step (one undo step too).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Camera } from '../../../core/model/assessment.ts';
import { CAMERA_FIELDS } from '../../../core/model/vocabulary.ts';
import { guessMapping, importCameras } from '../../../core/csv/camera-import.ts';
import type { CameraField } from '../../../core/model/vocabulary.ts';
import { ALL_CAMERA_VOCABULARIES } from '../../../core/csv/exports.ts';
import { newId } from '../../app/ids.ts';
import { Dialog } from '../common/dialog.tsx';
import { ColumnMappingTable } from '../common/column-mapping-table.tsx';

/** Errors listed on screen; the rest are counted. */
const SHOWN_ERRORS = 200;

export function CsvImportDialog(props: {
  fileName: string;
  /** The file's rows, header first. */
  rows: readonly (readonly string[])[];
  existingCodes: ReadonlySet<string>;
  onImport: (cameras: Camera[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headers = props.rows[0] ?? [];
  const dataRows = useMemo(() => props.rows.slice(1), [props.rows]);
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
      {props.rows.length < 2 ? (
        <p className="field-error" role="alert">
          {t('csv.empty')}
        </p>
      ) : (
        <>
          <p>{t('csv.intro', { count: dataRows.length })}</p>
          <ColumnMappingTable
            headers={headers}
            sample={dataRows[0]}
            fields={CAMERA_FIELDS}
            fieldLabel={(field) => t(`cameras.fields.${field}`)}
            mapping={mapping}
            onChange={setColumn}
          />
          {result.tooMany && (
            <p className="field-error" role="alert">
              {t('csv.tooMany', result.tooMany)}
            </p>
          )}
          {!codeMapped && (
            <p className="field-error" role="alert">
              {t('csv.codeNotMapped')}
            </p>
          )}
          <p className="import-summary" role="status">
            {t('csv.summary', {
              valid: t('csv.validRows', { count: result.cameras.length }),
              invalid: t('csv.invalidRows', { count: linesWithErrors }),
            })}
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
