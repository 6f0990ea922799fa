// The action plan: planned measures (who, by when, how far along) and the reviewer's corrective actions, with what
// is late or missing flagged, and an export (Excel or CSV) for the council's spreadsheet.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../core/api.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Template } from '../../../core/template/schema.ts';
import { actionPlanRows } from '../../../core/csv/exports.ts';
import { buildActionPlan } from '../../app/action-plan.ts';
import { useApi } from '../../app/api-context.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { upsertMeasure } from '../../../core/assessment/edits.ts';
import { formatDate, todayIso } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { ApiErrorMessage } from '../common/api-error.tsx';
import { DateField } from '../questions/date-number-fields.tsx';
import { TextField } from '../questions/text-field.tsx';
import { MarkdownView } from '../markdown/markdown-view.tsx';
import { VerdictIcon } from '../review/verdict-icon.tsx';
import { TableExportControls, type TableFileFormat } from '../common/table-export.tsx';

export const ActionPlanView = memo(function ActionPlanView(props: {
  assessment: Assessment;
  template: Template;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const api = useApi();
  const { edit, readOnly, announce } = useEditor();
  const [error, setError] = useState<ApiError | null>(null);
  const today = todayIso();
  const plan = buildActionPlan(props.assessment, props.template, today);
  const measures = plan.filter((e) => e.kind === 'measure');
  const verdicts = plan.filter((e) => e.kind === 'evaluation');

  const exportTable = async (format: TableFileFormat) => {
    const rows = actionPlanRows(props.assessment, props.template, language);
    const defaultName = t('actionPlan.tableFileName');
    const result = await api.exportTable({ kind: 'action-plan', defaultName, format, rows });
    if (!result.ok) return setError(result.error);
    if (result.value) announce(t('actionPlan.exported', { path: result.value.filePath }));
  };

  return (
    <article className="action-plan" aria-labelledby="action-plan-title">
      <h2 id="action-plan-title" tabIndex={-1} className="item-title">
        {t('actionPlan.title')}
      </h2>
      <p className="item-intro">{t('actionPlan.intro')}</p>
      <div className="register-toolbar">
        <p className="register-count">
          {t('actionPlan.counts', {
            measures: t('actionPlan.measureCount', { count: measures.length }),
            verdicts: t('actionPlan.verdictCount', { count: verdicts.length }),
          })}
        </p>
        <span className="toolbar-spacer" />
        <TableExportControls
          label={t('actionPlan.export')}
          disabled={plan.length === 0}
          onExport={(format) => void exportTable(format)}
        />
      </div>
      <ApiErrorMessage error={error} onDismiss={() => setError(null)} />
      <h3>{t('actionPlan.measuresTitle')}</h3>
      {measures.length === 0 ? (
        <p className="empty">{t('actionPlan.noMeasures')}</p>
      ) : (
        <table className="data-table plan-table">
          <colgroup>
            <col className="col-measure" />
            <col className="col-owner" />
            <col className="col-deadline" />
            <col className="col-progress" />
            <col className="col-risks" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('actionPlan.measure')}</th>
              <th scope="col">{t('measures.owner')}</th>
              <th scope="col">{t('measures.deadline')}</th>
              <th scope="col">{t('measures.progress')}</th>
              <th scope="col">{t('actionPlan.risks')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map(({ measure, risks, overdue, incomplete }) => {
              const rowId = `plan-${measure.id}`;
              return (
                <tr key={measure.id} className={overdue ? 'overdue' : undefined}>
                  <th scope="row" id={rowId}>
                    {measure.title}
                    {overdue && <span className="flag danger">{t('actionPlan.overdue')}</span>}
                    {incomplete && <span className="flag">{t('actionPlan.incomplete')}</span>}
                  </th>
                  <td>
                    <TextField
                      id={`${rowId}-owner`}
                      value={measure.owner}
                      readOnly={readOnly}
                      labelledBy={`${rowId}-owner-label ${rowId}`}
                      onCommit={(owner) =>
                        edit(`measure:${measure.id}:owner`, upsertMeasure({ ...measure, owner }))
                      }
                    />
                    <span id={`${rowId}-owner-label`} className="visually-hidden">
                      {t('measures.owner')}
                    </span>
                  </td>
                  <td>
                    <DateField
                      id={`${rowId}-deadline`}
                      value={measure.deadline}
                      readOnly={readOnly}
                      labelledBy={`${rowId}-deadline-label ${rowId}`}
                      onChange={(deadline) =>
                        edit(`measure:${measure.id}:deadline`, upsertMeasure({ ...measure, deadline }))
                      }
                    />
                    <span id={`${rowId}-deadline-label`} className="visually-hidden">
                      {t('measures.deadline')}
                    </span>
                  </td>
                  <td>
                    <span className="progress-input">
                      <input
                        type="range"
                        min={0}
                        max={100}
                        step={10}
                        value={measure.progress}
                        disabled={readOnly}
                        aria-label={t('actionPlan.progressOf', { title: measure.title })}
                        aria-valuetext={`${measure.progress} %`}
                        onChange={(event) =>
                          edit(
                            `measure:${measure.id}:progress`,
                            upsertMeasure({ ...measure, progress: Number(event.target.value) }),
                          )
                        }
                      />
                      <span>{t('measures.progressValue', { value: measure.progress })}</span>
                    </span>
                  </td>
                  <td className="related">
                    {risks.length === 0
                      ? '—'
                      : risks.map((r, i) => (
                          <span key={r.number} title={r.title}>
                            {i > 0 && ', '}R{r.number}
                            <span className="visually-hidden"> {r.title}</span>
                          </span>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t('actionPlan.verdictsTitle')}</h3>
      {verdicts.length === 0 ? (
        <p className="empty">{t('actionPlan.noVerdicts')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('actionPlan.element')}</th>
              <th scope="col">{t('actionPlan.verdict')}</th>
              <th scope="col">{t('review.correctiveAction')}</th>
              <th scope="col">{t('review.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {verdicts.map((entry) => (
              <tr key={entry.targetId}>
                <th scope="row">{loc(entry.targetTitle)}</th>
                <td>
                  <VerdictIcon verdict={entry.verdict} /> {t(`verdict.${entry.verdict}`)}
                </td>
                <td>
                  {entry.correctiveAction.trim() ? (
                    <MarkdownView source={entry.correctiveAction} />
                  ) : (
                    <span className="flag">{t('actionPlan.noCorrectiveAction')}</span>
                  )}
                </td>
                <td>
                  <MarkdownView source={entry.comment} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {measures.some((e) => e.measure.deadline) && (
        <p className="hint">
          {t('actionPlan.nextDeadline', {
            date: formatDate(measures.find((e) => e.measure.deadline)!.measure.deadline!, language),
          })}
        </p>
      )}
    </article>
  );
});
