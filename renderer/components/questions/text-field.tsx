// A one-line text answer, committed after a pause or on blur like the rich text. `wrap` shows a long one (a table's
// justification) on as many lines as it needs, still one line of text: Enter does not break it.
import { memo } from 'react';
import { useDraftText } from '../../app/use-draft-text.ts';

export const TextField = memo(function TextField(props: {
  id: string;
  value: string;
  onCommit: (text: string) => void;
  readOnly?: boolean;
  labelledBy?: string;
  describedBy?: string;
  placeholder?: string;
  type?: 'text' | 'email';
  wrap?: boolean;
}) {
  const { text, change, flush } = useDraftText(props.value, props.onCommit);
  if (props.wrap) {
    return (
      <textarea
        id={props.id}
        className="text-input wrapping"
        rows={1}
        value={text}
        readOnly={props.readOnly}
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        onChange={(event) => change(event.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        onBlur={flush}
      />
    );
  }
  return (
    <input
      id={props.id}
      type={props.type ?? 'text'}
      className="text-input"
      value={text}
      readOnly={props.readOnly}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
      onChange={(event) => change(event.target.value)}
      onBlur={flush}
    />
  );
});
