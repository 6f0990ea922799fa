// The entry of the council's record of processing this assessment covers: its reference, name and controller,
// pre-filling the answers from the record (a spreadsheet), and the assessment's row written back for the record.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import type { Assessment, RecordColumn, RecordEntry } from '../../../core/model/assessment.ts';
import { recordRowTable } from '../../../core/record/export-row.ts';
import {
  applyRecordImport,
  type RecordChoice,
  type RecordProposal,
} from '../../../core/record/import-plan.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { TextField } from '../questions/text-field.tsx';
import { RecordImportDialog } from './record-import-dialog.tsx';
import { useRecordTags } from './use-record-tags.ts';
import './record.css';

const ENTRY_KEYS = ['reference', 'name', 'controller'] as const;

export function RecordSection(props: { assessment: Assessment; template: Template }) {
  const { t } = useTranslation();
  const api = useApi();
  const { edit, readOnly, announce } = useEditor();
  const id = useId();
  const tagsFrom = useRecordTags(props.template);
  const [error, setError] = useState<ApiError | null>(null);
  const [table, setTable] = useState<{ name: string; rows: string[][] } | null>(null);
  const entry = props.assessment.meta.recordEntry;

  const setEntry = (key: (typeof ENTRY_KEYS)[number], value: string) =>
    edit(`meta:recordEntry:${key}`, (a) => {
      const current: RecordEntry = { reference: '', name: '', controller: '', ...a.meta.recordEntry };
      return { ...a, meta: { ...a.meta, recordEntry: { ...current, [key]: value } } };
    });

  const pick = async () => {
    setError(null);
    const result = await api.importTable({ kind: 'record' });
    if (!result.ok) return setError(result.error);
    if (result.value) setTable(result.value);
  };

  const apply = (
    proposals: RecordProposal[],
    choices: Record<string, RecordChoice>,
    columns: RecordColumn[],
    count: number,
  ) => {
    setTable(null);
    edit('record:import', (a) => applyRecordImport(a, proposals, choices, columns));
    announce(t('record.imported', { count }), true);
  };

  const exportRow = async (format: 'csv' | 'xlsx') => {
    setError(null);
    const { assessment } = props;
    const rows = recordRowTable(assessment, props.template, assessment.meta.language, tagsFrom);
    const name = assessment.meta.recordEntry?.reference || assessment.meta.title;
    const result = await api.exportTable({ kind: 'record', defaultName: name, format, rows });
    if (!result.ok) return setError(result.error);
    if (result.value) announce(t('record.exported', { path: result.value.filePath }));
  };

  return (
    <section className="form-section record-section" aria-labelledby={`${id}-record`}>
      <h3 id={`${id}-record`}>{t('record.heading')}</h3>
      <p className="hint">{t('record.intro')}</p>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <div className="form-grid">
        {ENTRY_KEYS.map((key) => (
          <div className="form-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`recordFields.${key}`)}</label>
            <TextField
              id={`${id}-${key}`}
              value={entry?.[key] ?? ''}
              readOnly={readOnly}
              onCommit={(value) => setEntry(key, value.trim())}
            />
          </div>
        ))}
      </div>
      <div className="button-row">
        {!readOnly && (
          <button type="button" className="secondary" onClick={() => void pick()}>
            {t('record.import')}
          </button>
        )}
        <button type="button" className="secondary" onClick={() => void exportRow('csv')}>
          {t('record.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void exportRow('xlsx')}>
          {t('record.exportXlsx')}
        </button>
      </div>
      {table && (
        <RecordImportDialog
          fileName={table.name}
          rows={table.rows}
          assessment={props.assessment}
          template={props.template}
          tagsFrom={tagsFrom}
          onApply={apply}
          onClose={() => setTable(null)}
        />
      )}
    </section>
  );
}
