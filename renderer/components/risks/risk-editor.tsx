// One risk scenario in full: feared event, sources, threats and impacts (tags), the measures that treat it, and the
// initial and residual ratings with their justifications.
import { memo, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Risk } from '../../../core/model/assessment.ts';
import { FearedEvent } from '../../../core/model/vocabulary.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { blankMeasure } from '../../../core/assessment/blank-entities.ts';
import { upsertMeasure, upsertRisk } from '../../../core/assessment/edits.ts';
import { newId } from '../../app/ids.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { TagInput } from '../common/tag-input.tsx';
import { RichTextField } from '../questions/rich-text-field.tsx';
import { TextField } from '../questions/text-field.tsx';
import { RatingEditor } from './rating-editor.tsx';

export const RiskEditor = memo(function RiskEditor(props: {
  risk: Risk;
  number: number;
  measures: readonly Measure[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { edit, readOnly, template, announce } = useEditor();
  const id = useId();
  const { risk } = props;
  const kb = template.knowledgeBase;
  const update = (patch: Partial<Risk>, field: string) =>
    edit(`risk:${risk.id}:${field}`, upsertRisk({ ...risk, ...patch }));
  const suggestions = (key: 'sources' | 'threats' | 'impacts') => [
    ...new Set(kb.risks.flatMap((r) => r[key].map((text) => text[language]))),
  ];
  const linked = new Set(risk.measureIds);

  // A measure created from the risk is named here, in place, and linked at once: no untitled measure elsewhere.
  const [naming, setNaming] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeNaming = () => {
    setNaming(null);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const addMeasure = () => {
    const title = (naming ?? '').trim();
    if (title === '') return;
    const measureId = newId();
    edit(`risk-new-measure:${measureId}`, (a) =>
      upsertRisk({ ...risk, measureIds: [...risk.measureIds, measureId] })(
        upsertMeasure(blankMeasure(measureId, title.slice(0, 500)))(a),
      ),
    );
    announce(t('linkedMeasure.created', { title }), true);
    closeNaming();
  };

  return (
    <div className="risk-editor">
      <div className="form-grid">
        <div className="form-field wide">
          <label htmlFor={`${id}-title`}>{t('risks.title')}</label>
          <TextField
            id={`${id}-title`}
            value={risk.title}
            readOnly={readOnly}
            onCommit={(title) => update({ title: title.trim() || risk.title }, 'title')}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-event`}>{t('risks.fearedEvent')}</label>
          <select
            id={`${id}-event`}
            value={risk.fearedEvent}
            disabled={readOnly}
            onChange={(event) =>
              update({ fearedEvent: FearedEvent.parse(event.target.value) }, 'fearedEvent')
            }
          >
            {FearedEvent.options.map((event) => (
              <option key={event} value={event}>
                {t(`fearedEvents.${event}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-label" id={`${id}-description`}>
        {t('risks.description')}
      </p>
      <RichTextField
        compact
        labelledBy={`${id}-description`}
        value={risk.description}
        readOnly={readOnly}
        onCommit={(description) => update({ description }, 'description')}
      />
      <div className="tag-columns">
        <TagInput
          label={t('risks.sources')}
          values={risk.sources}
          suggestions={suggestions('sources')}
          readOnly={readOnly}
          onChange={(sources) => update({ sources }, 'sources')}
        />
        <TagInput
          label={t('risks.threats')}
          values={risk.threats}
          suggestions={suggestions('threats')}
          readOnly={readOnly}
          onChange={(threats) => update({ threats }, 'threats')}
        />
        <TagInput
          label={t('risks.impacts')}
          values={risk.impacts}
          suggestions={suggestions('impacts')}
          readOnly={readOnly}
          onChange={(impacts) => update({ impacts }, 'impacts')}
        />
      </div>
      <fieldset className="linked-measures">
        <legend>{t('risks.measures', { count: risk.measureIds.length })}</legend>
        {props.measures.length === 0 && <p className="empty">{t('risks.noMeasures')}</p>}
        <ul>
          {props.measures.map((measure) => (
            <li key={measure.id}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={linked.has(measure.id)}
                  disabled={readOnly}
                  onChange={(event) =>
                    update(
                      {
                        measureIds: event.target.checked
                          ? [...risk.measureIds, measure.id]
                          : risk.measureIds.filter((m) => m !== measure.id),
                      },
                      'measures',
                    )
                  }
                />
                <span>{measure.title}</span>
                <span className={`badge state-${measure.state}`}>
                  {t(`measures.states.${measure.state}`)}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {!readOnly && naming === null && (
          <button ref={addButton} type="button" className="secondary small" onClick={() => setNaming('')}>
            {t('risks.addMeasure')}
          </button>
        )}
        {!readOnly && naming !== null && (
          <div className="linked-measure-new">
            <label htmlFor={`${id}-new-measure`}>{t('linkedMeasure.title')}</label>
            <input
              id={`${id}-new-measure`}
              className="text-input"
              value={naming}
              maxLength={500}
              autoFocus
              onChange={(event) => setNaming(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addMeasure();
                } else if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  closeNaming();
                }
              }}
            />
            <button
              type="button"
              className="primary small"
              disabled={naming.trim() === ''}
              onClick={addMeasure}
            >
              {t('linkedMeasure.create')}
            </button>
            <button type="button" className="secondary small" onClick={closeNaming}>
              {t('linkedMeasure.cancel')}
            </button>
          </div>
        )}
      </fieldset>
      <RatingEditor
        title={t('risks.initial')}
        rating={risk.initial}
        severityScale={kb.scales.severity}
        likelihoodScale={kb.scales.likelihood}
        readOnly={readOnly}
        onChange={(initial, field) => update({ initial }, `initial.${field}`)}
      />
      <RatingEditor
        title={t('risks.residual')}
        rating={risk.residual}
        severityScale={kb.scales.severity}
        likelihoodScale={kb.scales.likelihood}
        readOnly={readOnly}
        onChange={(residual, field) => update({ residual }, `residual.${field}`)}
      />
    </div>
  );
});
