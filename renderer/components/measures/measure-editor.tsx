// One measure: what it is, its family, whether it exists or is planned, and for planned ones who, by when, at what
// cost and how far along.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Effort, MeasureState } from '../../../core/model/assessment.ts';
import type { Measure } from '../../../core/model/assessment.ts';
import { MeasureCategory } from '../../../core/model/vocabulary.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { upsertMeasure } from '../../../core/assessment/edits.ts';
import { DateField } from '../questions/date-number-fields.tsx';
import { RichTextField } from '../questions/rich-text-field.tsx';
import { TextField } from '../questions/text-field.tsx';

const EFFORTS = ['low', 'medium', 'high'] as const;

export const MeasureEditor = memo(function MeasureEditor({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const { edit, readOnly } = useEditor();
  const id = useId();
  const update = (patch: Partial<Measure>, field: string) =>
    edit(`measure:${measure.id}:${field}`, upsertMeasure({ ...measure, ...patch }));
  return (
    <div className="measure-editor">
      <div className="form-grid">
        <div className="form-field wide">
          <label htmlFor={`${id}-title`}>{t('measures.title')}</label>
          <TextField
            id={`${id}-title`}
            value={measure.title}
            readOnly={readOnly}
            onCommit={(title) => update({ title: title.trim() || measure.title }, 'title')}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-category`}>{t('measures.category')}</label>
          <select
            id={`${id}-category`}
            value={measure.category}
            disabled={readOnly}
            onChange={(event) => update({ category: MeasureCategory.parse(event.target.value) }, 'category')}
          >
            {MeasureCategory.options.map((category) => (
              <option key={category} value={category}>
                {t(`measures.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-state`}>{t('measures.state')}</label>
          <select
            id={`${id}-state`}
            value={measure.state}
            disabled={readOnly}
            onChange={(event) => update({ state: MeasureState.parse(event.target.value) }, 'state')}
          >
            {MeasureState.options.map((state) => (
              <option key={state} value={state}>
                {t(`measures.states.${state}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-label" id={`${id}-description`}>
        {t('measures.description')}
      </p>
      <RichTextField
        compact
        labelledBy={`${id}-description`}
        value={measure.description}
        readOnly={readOnly}
        onCommit={(description) => update({ description }, 'description')}
      />
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${id}-owner`}>{t('measures.owner')}</label>
          <TextField
            id={`${id}-owner`}
            value={measure.owner}
            readOnly={readOnly}
            onCommit={(owner) => update({ owner }, 'owner')}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-deadline`}>{t('measures.deadline')}</label>
          <DateField
            id={`${id}-deadline`}
            value={measure.deadline}
            readOnly={readOnly}
            onChange={(deadline) => update({ deadline }, 'deadline')}
          />
        </div>
        {(['cost', 'difficulty'] as const).map((key) => (
          <div className="form-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`measures.${key}`)}</label>
            <select
              id={`${id}-${key}`}
              value={measure[key] ?? ''}
              disabled={readOnly}
              onChange={(event) => update({ [key]: Effort.parse(event.target.value || null) }, key)}
            >
              <option value="">{t('common.notSet')}</option>
              {EFFORTS.map((effort) => (
                <option key={effort} value={effort}>
                  {t(`measures.efforts.${effort}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="form-field">
          <label htmlFor={`${id}-progress`}>{t('measures.progress')}</label>
          <span className="progress-input">
            <input
              id={`${id}-progress`}
              type="range"
              min={0}
              max={100}
              step={10}
              value={measure.progress}
              disabled={readOnly}
              aria-valuetext={`${measure.progress} %`}
              onChange={(event) => update({ progress: Number(event.target.value) }, 'progress')}
            />
            <output htmlFor={`${id}-progress`}>
              {t('measures.progressValue', { value: measure.progress })}
            </output>
          </span>
        </div>
      </div>
    </div>
  );
});
