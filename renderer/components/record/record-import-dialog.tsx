// Pre-filling from the record of processing, in two steps: which column is which and which row is the processing
// assessed; then every answer it would fill, shown before anything changes, with keep / replace / append for each
// answer already written.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, RecordColumn } from '../../../core/model/assessment.ts';
import { RECORD_FIELDS, type RecordField } from '../../../core/model/vocabulary.ts';
import {
  defaultChoice,
  planRecordImport,
  type RecordChoice,
  type RecordProposal,
} from '../../../core/record/import-plan.ts';
import {
  cellOf,
  checkRecordTable,
  guessRecordMapping,
  recordColumns,
  searchRecordRows,
} from '../../../core/record/table.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { Dialog } from '../common/dialog.tsx';
import { ColumnMappingTable } from '../common/column-mapping-table.tsx';

/** Rows listed at once; the search narrows the rest. */
const SHOWN_ROWS = 50;

const PROBLEM_KEY: Record<NonNullable<RecordProposal['problem']>, string> = {
  formula: 'formula',
  'too-long': 'tooLong',
  'not-a-number': 'notANumber',
  'no-option': 'noOption',
  'not-yes-no': 'notYesNo',
  'not-a-date': 'notADate',
};
const TABLE_PROBLEM_KEY = {
  empty: 'empty',
  'too-many-rows': 'tooManyRows',
  'too-many-columns': 'tooManyColumns',
};

/** Whether a proposal changes the assessment under this choice. */
const changes = (p: RecordProposal, choice: RecordChoice) =>
  (p.state === 'fill' || p.state === 'conflict') &&
  (choice === 'replace' || (choice === 'append' && p.appendable));

export function RecordImportDialog(props: {
  fileName: string;
  rows: string[][];
  assessment: Assessment;
  template: Template;
  tagsFrom: Template | undefined;
  onApply: (
    proposals: RecordProposal[],
    choices: Record<string, RecordChoice>,
    columns: RecordColumn[],
    count: number,
  ) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { loc, language } = useLanguage();
  const id = useId();
  const { rows } = props;
  const headers = rows[0] ?? [];
  const tableProblem = useMemo(() => checkRecordTable(rows), [rows]);
  const [mapping, setMapping] = useState<(RecordField | null)[]>(() => guessRecordMapping(headers));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<number | null>(rows.length === 2 ? 1 : null);
  const [step, setStep] = useState<'pick' | 'preview'>('pick');
  const [choices, setChoices] = useState<Record<string, RecordChoice>>({});
  const found = useMemo(
    () => (tableProblem ? [] : searchRecordRows(rows, mapping, query)),
    [rows, mapping, query, tableProblem],
  );
  const identified = mapping.includes('name') || mapping.includes('reference');
  const proposals = useMemo(
    () =>
      step === 'preview' && selected !== null
        ? planRecordImport({
            row: rows[selected] ?? [],
            mapping,
            assessment: props.assessment,
            template: props.template,
            ...(props.tagsFrom ? { tagsFrom: props.tagsFrom } : {}),
            language: props.assessment.meta.language,
          })
        : [],
    [step, selected, rows, mapping, props.assessment, props.template, props.tagsFrom],
  );
  const choiceOf = (p: RecordProposal) => choices[p.key] ?? defaultChoice(p);
  const count = proposals.filter((p) => changes(p, choiceOf(p))).length;

  const setColumn = (column: number, field: RecordField | null) =>
    setMapping((current) =>
      current.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)),
    );
  const rowLabel = (index: number) => {
    const row = rows[index] ?? [];
    const label = [cellOf(row, mapping, 'reference'), cellOf(row, mapping, 'name')]
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join(' — ');
    return label === '' ? t('record.line', { line: index + 1 }) : label.slice(0, 200);
  };
  const targetLabel = (p: RecordProposal) =>
    p.target.kind === 'question'
      ? loc(p.target.question.label)
      : // The general information's own words for its fields, so the user recognises them.
        t(p.target.kind === 'meta' ? `overview.${p.target.key}` : `recordFields.${p.target.key}`);

  const footer =
    step === 'pick' ? (
      <>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={selected === null || tableProblem !== null}
          onClick={() => setStep('preview')}
        >
          {t('record.next')}
        </button>
      </>
    ) : (
      <>
        <button type="button" className="secondary" onClick={() => setStep('pick')}>
          {t('record.back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={count === 0}
          onClick={() => props.onApply(proposals, choices, recordColumns(headers, mapping), count)}
        >
          {t('record.apply', { count })}
        </button>
      </>
    );

  return (
    <Dialog
      wide
      title={t('record.dialogTitle', { name: props.fileName })}
      onClose={props.onClose}
      footer={footer}
    >
      {tableProblem ? (
        <p className="field-error" role="alert">
          {t(`record.problems.${TABLE_PROBLEM_KEY[tableProblem.key]}`, tableProblem)}
        </p>
      ) : step === 'pick' ? (
        <>
          <p>{t('record.intro', { count: rows.length - 1 })}</p>
          <ColumnMappingTable
            headers={headers}
            sample={rows[selected ?? 1]}
            fields={RECORD_FIELDS}
            fieldLabel={(field) => t(`recordFields.${field}`)}
            mapping={mapping}
            onChange={setColumn}
          />
          {identified ? (
            <>
              <div className="form-field">
                <label htmlFor={`${id}-search`}>{t('record.search')}</label>
                <input
                  id={`${id}-search`}
                  type="search"
                  className="text-input"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </div>
              <fieldset className="record-rows">
                <legend>{t('record.rowsCaption')}</legend>
                {found.length === 0 && <p className="empty">{t('record.noMatch')}</p>}
                {found.slice(0, SHOWN_ROWS).map((index) => (
                  <label key={index} className="record-row-choice">
                    <input
                      type="radio"
                      name={`${id}-row`}
                      checked={selected === index}
                      onChange={() => setSelected(index)}
                    />
                    {rowLabel(index)}
                  </label>
                ))}
                {found.length > SHOWN_ROWS && (
                  <p className="hint">{t('record.moreRows', { count: found.length - SHOWN_ROWS })}</p>
                )}
              </fieldset>
            </>
          ) : (
            <p className="field-error" role="alert">
              {t('record.noNameMapped')}
            </p>
          )}
        </>
      ) : (
        <>
          <p>{t('record.previewIntro')}</p>
          {selected !== null && <p className="hint">{rowLabel(selected)}</p>}
          {proposals.length === 0 ? (
            <p className="empty">{t('record.nothing')}</p>
          ) : (
            <table className="mapping-table record-preview">
              <caption className="visually-hidden">{t('record.previewCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('record.target')}</th>
                  <th scope="col">{t('record.current')}</th>
                  <th scope="col">{t('record.incoming')}</th>
                  <th scope="col">{t('record.action')}</th>
                </tr>
              </thead>
              <tbody>
                {proposals.map((p) => (
                  <tr key={p.key} className={`record-${p.state}`}>
                    <th scope="row">
                      <span className="hint">{t(`record.groups.${p.target.kind}`)}</span>
                      <br />
                      {targetLabel(p)}
                    </th>
                    <td>
                      <div className="record-cell">
                        {p.current || <span className="empty">{t('record.empty')}</span>}
                      </div>
                    </td>
                    <td>
                      <div className="record-cell">{p.incoming}</div>
                      {p.unmatched.length > 0 && (
                        <p className="hint">
                          {t('record.unmatched', {
                            items: p.unmatched.join(language === 'fr' ? ' ; ' : '; '),
                          })}
                        </p>
                      )}
                    </td>
                    <td>
                      {p.state === 'conflict' ? (
                        <fieldset className="record-choice">
                          <legend className="visually-hidden">
                            {t('record.choiceFor', { target: targetLabel(p) })}
                          </legend>
                          {(['keep', 'replace', ...(p.appendable ? (['append'] as const) : [])] as const).map(
                            (choice) => (
                              <label key={choice}>
                                <input
                                  type="radio"
                                  name={`${id}-${p.key}`}
                                  checked={choiceOf(p) === choice}
                                  onChange={() => setChoices((c) => ({ ...c, [p.key]: choice }))}
                                />
                                {t(`record.choices.${choice}`)}
                              </label>
                            ),
                          )}
                        </fieldset>
                      ) : p.state === 'refused' ? (
                        <span className="field-error">
                          {t('record.states.refused')} — {t(`record.problems.${PROBLEM_KEY[p.problem!]}`)}
                        </span>
                      ) : (
                        t(`record.states.${p.state}`)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Dialog>
  );
}
