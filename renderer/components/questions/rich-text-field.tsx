// A rich-text answer: a plain textarea editing the Markdown subset, a small toolbar, and a preview from the AST.
import { memo, useDeferredValue, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insertLink, toggleList, toggleWrap } from '../../app/markdown-edit.ts';
import type { TextSelection } from '../../app/markdown-edit.ts';
import { useDraftText } from '../../app/use-draft-text.ts';
import { MarkdownView } from '../markdown/markdown-view.tsx';

export interface RichTextFieldProps {
  value: string;
  onCommit: (text: string) => void;
  /** Ids of the element(s) naming the field. */
  labelledBy: string;
  describedBy?: string;
  readOnly?: boolean;
  /** Fewer lines for comments and justifications. */
  compact?: boolean;
  id?: string;
  placeholder?: string;
}

export const RichTextField = memo(function RichTextField(props: RichTextFieldProps) {
  const { t } = useTranslation();
  const { text, change, flush } = useDraftText(props.value, props.onCommit);
  const [preview, setPreview] = useState(false);
  // The preview follows the typing at low priority, and costs nothing while it is hidden.
  const deferred = useDeferredValue(preview || props.readOnly ? text : '');
  const area = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  const generatedId = useId();
  const id = props.id ?? generatedId;

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    if (selection && area.current) {
      pendingSelection.current = null;
      area.current.focus();
      area.current.setSelectionRange(selection.start, selection.end);
    }
  });

  const apply = (action: (sel: TextSelection) => TextSelection) => {
    const el = area.current;
    if (!el || props.readOnly) return;
    const result = action({ text, start: el.selectionStart, end: el.selectionEnd });
    pendingSelection.current = { start: result.start, end: result.end };
    change(result.text);
  };
  const bold = () => apply((s) => toggleWrap(s, '**', t('richText.placeholderText')));
  const italic = () => apply((s) => toggleWrap(s, '*', t('richText.placeholderText')));

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b') {
      event.preventDefault();
      bold();
    } else if (key === 'i') {
      event.preventDefault();
      italic();
    } else if (key === 'k') {
      event.preventDefault();
      apply((s) => insertLink(s, t('richText.placeholderLink')));
    }
  };

  if (props.readOnly) {
    return (
      <div className="rich-text read-only" id={id}>
        {text.trim() === '' ? (
          <p className="empty">{t('common.noAnswer')}</p>
        ) : (
          <MarkdownView source={deferred} />
        )}
      </div>
    );
  }

  return (
    <div className={props.compact ? 'rich-text compact' : 'rich-text'}>
      {
        <div
          className="rich-text-toolbar"
          role="toolbar"
          aria-label={t('richText.toolbar')}
          aria-controls={id}
        >
          <button type="button" onClick={bold} title={t('richText.boldHint')} aria-label={t('richText.bold')}>
            <b aria-hidden="true">{t('richText.boldGlyph')}</b>
          </button>
          <button
            type="button"
            onClick={italic}
            title={t('richText.italicHint')}
            aria-label={t('richText.italic')}
          >
            <i aria-hidden="true">{t('richText.italicGlyph')}</i>
          </button>
          <button
            type="button"
            onClick={() => apply((s) => toggleList(s, 'bullet'))}
            aria-label={t('richText.bulletList')}
            title={t('richText.bulletList')}
          >
            <ListIcon numbered={false} />
          </button>
          <button
            type="button"
            onClick={() => apply((s) => toggleList(s, 'numbered'))}
            aria-label={t('richText.numberedList')}
            title={t('richText.numberedList')}
          >
            <ListIcon numbered />
          </button>
          <button
            type="button"
            onClick={() => apply((s) => insertLink(s, t('richText.placeholderLink')))}
            aria-label={t('richText.link')}
            title={t('richText.linkHint')}
          >
            <LinkIcon />
          </button>
          <span className="toolbar-spacer" />
          <button
            type="button"
            aria-pressed={preview}
            onClick={() => setPreview((p) => !p)}
            className="preview-toggle"
          >
            {t('richText.preview')}
          </button>
        </div>
      }
      <textarea
        ref={area}
        id={id}
        value={text}
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        spellCheck
        rows={props.compact ? 2 : 5}
        onChange={(event) => change(event.target.value)}
        onBlur={flush}
        onKeyDown={onKeyDown}
      />
      {preview && deferred.trim() !== '' && (
        <div className="rich-text-preview" aria-label={t('richText.previewLabel')} role="region">
          <MarkdownView source={deferred} />
        </div>
      )}
    </div>
  );
});

/** Toolbar icons drawn in SVG: no letters that would clash with the buttons' names, the same on every system. */
function ListIcon({ numbered }: { numbered: boolean }) {
  return (
    <svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" className="toolbar-icon">
      {[3, 8, 13].map((y) =>
        numbered ? (
          <rect key={`n${y}`} x="1" y={y - 1.5} width="3" height="3" rx="0.5" />
        ) : (
          <circle key={`b${y}`} cx="2.5" cy={y} r="1.6" />
        ),
      )}
      {[3, 8, 13].map((y) => (
        <rect key={`l${y}`} x="6.5" y={y - 0.9} width="10.5" height="1.8" rx="0.9" />
      ))}
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" className="toolbar-icon">
      <path
        d="M7.5 10.5l3-5M6 6.5H4.5a3 3 0 000 6H7M11 3.5h2.5a3 3 0 010 6H11"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
