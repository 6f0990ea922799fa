// A one-line text answer, committed after a pause or on blur like the rich text.
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
}) {
  const { text, change, flush } = useDraftText(props.value, props.onCommit);
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
