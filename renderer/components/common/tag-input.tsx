// A list of short texts (risk sources, threats, impacts) typed one by one. What is typed is kept when the field
// loses focus, not only on Enter: the reference product loses unconfirmed tags, this one never does.
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const TagInput = memo(function TagInput(props: {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  suggestions?: readonly string[];
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState('');

  const commit = () => {
    const value = pending.trim();
    setPending('');
    if (value === '' || props.values.some((v) => v.toLowerCase() === value.toLowerCase())) return;
    props.onChange([...props.values, value]);
  };
  const unused = (props.suggestions ?? []).filter((s) => !props.values.includes(s));

  return (
    <div className="tag-input">
      <label htmlFor={`${id}-input`} className="field-label">
        {props.label}
      </label>
      <ul className="tags" aria-label={t('tags.list', { label: props.label })}>
        {props.values.map((value) => (
          <li key={value} className="tag">
            <span>{value}</span>
            {!props.readOnly && (
              <button
                type="button"
                className="tag-remove"
                aria-label={t('tags.remove', { value })}
                onClick={() => props.onChange(props.values.filter((v) => v !== value))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {!props.readOnly && (
        <>
          <input
            id={`${id}-input`}
            className="text-input"
            value={pending}
            list={unused.length > 0 ? `${id}-list` : undefined}
            placeholder={t('tags.placeholder')}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setPending(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                commit();
              }
            }}
          />
          <span id={`${id}-hint`} className="visually-hidden">
            {t('tags.hint')}
          </span>
          {unused.length > 0 && (
            <datalist id={`${id}-list`}>
              {unused.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
        </>
      )}
    </div>
  );
});
