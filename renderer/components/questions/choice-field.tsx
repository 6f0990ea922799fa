// A single choice among the template's options, as radio buttons (all options visible, one keystroke each).
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';

export const ChoiceField = memo(function ChoiceField(props: {
  name: string;
  labelledBy: string;
  options: readonly ChoiceOption[];
  value: string | null;
  onChange: (optionId: string | null) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  return (
    <div className="choice-group" role="radiogroup" aria-labelledby={props.labelledBy}>
      {props.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            name={props.name}
            value={option.id}
            checked={props.value === option.id}
            disabled={props.readOnly}
            onChange={() => props.onChange(option.id)}
          />
          <span>{loc(option.label)}</span>
        </label>
      ))}
      {props.value !== null && !props.readOnly && (
        <button type="button" className="link-button clear-choice" onClick={() => props.onChange(null)}>
          {t('question.clearChoice')}
        </button>
      )}
    </div>
  );
});

export const MultiChoiceField = memo(function MultiChoiceField(props: {
  labelledBy: string;
  options: readonly ChoiceOption[];
  value: readonly string[];
  onChange: (optionIds: string[]) => void;
  readOnly?: boolean;
}) {
  const { loc } = useLanguage();
  const selected = new Set(props.value);
  const toggle = (id: string) => {
    // Keep the template's order whatever the clicking order.
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    props.onChange(props.options.map((o) => o.id).filter((o) => next.has(o)));
  };
  return (
    <div className="choice-group" role="group" aria-labelledby={props.labelledBy}>
      {props.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="checkbox"
            checked={selected.has(option.id)}
            disabled={props.readOnly}
            onChange={() => toggle(option.id)}
          />
          <span>{loc(option.label)}</span>
        </label>
      ))}
    </div>
  );
});

export const BooleanField = memo(function BooleanField(props: {
  name: string;
  labelledBy: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const choices: [boolean, string][] = [
    [true, t('common.yes')],
    [false, t('common.no')],
  ];
  return (
    <div className="choice-group inline" role="radiogroup" aria-labelledby={props.labelledBy}>
      {choices.map(([value, label]) => (
        <label key={label} className="choice">
          <input
            type="radio"
            name={props.name}
            checked={props.value === value}
            disabled={props.readOnly}
            onChange={() => props.onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
      {props.value !== null && !props.readOnly && (
        <button type="button" className="link-button clear-choice" onClick={() => props.onChange(null)}>
          {t('question.clearChoice')}
        </button>
      )}
    </div>
  );
});
