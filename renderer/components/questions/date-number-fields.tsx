// Date and number answers: native inputs (the system date picker), committed when the value is complete.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const DateField = memo(function DateField(props: {
  id: string;
  labelledBy?: string;
  value: string | null;
  onChange: (value: string | null) => void;
  readOnly?: boolean;
}) {
  return (
    <input
      id={props.id}
      type="date"
      className="date-input"
      value={props.value ?? ''}
      readOnly={props.readOnly}
      aria-labelledby={props.labelledBy}
      onChange={(event) => {
        const v = event.target.value;
        // A partly typed date reads as '' until complete: only commit real dates, or a deliberate clearing.
        if (/^\d{4}-\d{2}-\d{2}$/.test(v) || v === '') props.onChange(v === '' ? null : v);
      }}
    />
  );
});

export const NumberField = memo(function NumberField(props: {
  id: string;
  labelledBy?: string;
  value: number | null;
  unit?: string;
  onChange: (value: number | null) => void;
  readOnly?: boolean;
  min?: number;
  max?: number;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [base, setBase] = useState(props.value);
  if (props.value !== base) {
    setBase(props.value);
    setText(props.value === null ? '' : String(props.value));
  }
  const parsed = text.trim() === '' ? null : Number(text.replace(',', '.'));
  const invalid = parsed !== null && !Number.isFinite(parsed);
  const commit = () => {
    if (invalid || parsed === props.value) return;
    setBase(parsed);
    props.onChange(parsed);
  };
  const errorId = `${props.id}-error`;
  return (
    <span className="number-field">
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        className="number-input"
        value={text}
        readOnly={props.readOnly}
        aria-labelledby={props.labelledBy}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {props.unit && <span className="unit">{props.unit}</span>}
      {invalid && (
        <span id={errorId} className="field-error" role="alert">
          {t('question.notANumber')}
        </span>
      )}
    </span>
  );
});
