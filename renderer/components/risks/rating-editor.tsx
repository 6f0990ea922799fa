// Severity and likelihood of a risk at one stage (initial or residual), each on the template's 4-level scale and
// each with the justification the method asks for.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRating } from '../../../core/model/assessment.ts';
import type { ScaleLevel } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { RichTextField } from '../questions/rich-text-field.tsx';

export const RatingEditor = memo(function RatingEditor(props: {
  title: string;
  rating: RiskRating;
  severityScale: readonly ScaleLevel[];
  likelihoodScale: readonly ScaleLevel[];
  onChange: (rating: RiskRating, field: string) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const id = useId();
  const axis = (
    key: 'severity' | 'likelihood',
    justification: 'severityJustification' | 'likelihoodJustification',
    scale: readonly ScaleLevel[],
  ) => {
    const value = props.rating[key];
    const labelId = `${id}-${key}`;
    const justId = `${id}-${key}-why`;
    return (
      <div className="rating-axis">
        <p className="field-label" id={labelId}>
          {t(`risks.${key}`)}
        </p>
        <div className="level-buttons" role="radiogroup" aria-labelledby={`${id}-title ${labelId}`}>
          {scale.map((level) => (
            <label
              key={level.level}
              className={`level-choice ${value === level.level ? 'selected' : ''}`}
              title={loc(level.description)}
            >
              <input
                type="radio"
                name={`${id}-${key}`}
                checked={value === level.level}
                disabled={props.readOnly}
                onChange={() => props.onChange({ ...props.rating, [key]: level.level }, key)}
              />
              <span className="level-number">{level.level}</span>
              <span className="level-label">{loc(level.label)}</span>
            </label>
          ))}
        </div>
        <p className="field-label" id={justId}>
          {t('risks.justification')}
          {value !== null && props.rating[justification].trim() === '' && (
            <span className="missing"> — {t('risks.justificationMissing')}</span>
          )}
        </p>
        <RichTextField
          compact
          labelledBy={`${labelId} ${justId}`}
          value={props.rating[justification]}
          readOnly={props.readOnly}
          onCommit={(text) => props.onChange({ ...props.rating, [justification]: text }, justification)}
        />
      </div>
    );
  };
  return (
    <section className="rating" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{props.title}</h4>
      <div className="rating-axes">
        {axis('severity', 'severityJustification', props.severityScale)}
        {axis('likelihood', 'likelihoodJustification', props.likelihoodScale)}
      </div>
    </section>
  );
});
