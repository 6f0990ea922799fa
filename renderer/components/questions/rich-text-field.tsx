// A rich-text answer: a WYSIWYG editor (TipTap) of the Markdown subset, which stays the format of the file. The
// reading views render the same tree with the same elements and classes (MarkdownView), so both look alike.
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { Slice } from '@tiptap/pm/model';
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pastedHtmlToMarkdown } from '../../../core/import/pasted-html.ts';
import { markdownToRichDoc, richDocToMarkdown, RICH } from '../../../core/markdown/rich-doc.ts';
import { useDraftCommit } from '../../app/use-draft-text.ts';
import { MarkdownView } from '../markdown/markdown-view.tsx';
import { RICH_DOC_CLASS } from '../markdown/rich-doc-view.tsx';
import { richTextExtensions } from '../rich-text/extensions.ts';
import { LinkForm, RichTextToolbar } from '../rich-text/toolbar.tsx';

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
  const generatedId = useId();
  const id = props.id ?? generatedId;
  if (props.readOnly) {
    return (
      <div className="rich-text read-only" id={id}>
        {props.value.trim() === '' ? (
          <p className="empty">{t('common.noAnswer')}</p>
        ) : (
          <MarkdownView source={props.value} className="rich-text-reading" />
        )}
      </div>
    );
  }
  return <RichTextEditor {...props} id={id} />;
});

/**
 * Pasted HTML (Word, LibreOffice, a web page) goes through the Markdown subset, read by a parser that renders and
 * runs nothing and builds no DOM: what is pasted is exactly what the file can hold. Plain text is ProseMirror's.
 */
function pasteHtml(view: EditorView, event: ClipboardEvent): boolean {
  const html = event.clipboardData?.getData('text/html') ?? '';
  if (html.trim() === '') return false;
  // Before ProseMirror's own paste, which would parse the HTML into DOM elements (inert, yet still elements).
  event.preventDefault();
  const doc = view.state.schema.nodeFromJSON(markdownToRichDoc(pastedHtmlToMarkdown(html)));
  const first = doc.firstChild;
  const last = doc.lastChild;
  // Paragraphs at either end join the lines around the cursor; a list stays a list.
  const slice = new Slice(
    doc.content,
    first?.type.name === RICH.paragraph ? 1 : 0,
    last?.type.name === RICH.paragraph ? 1 : 0,
  );
  view.dispatch(view.state.tr.replaceSelection(slice).scrollIntoView().setMeta('paste', true));
  return true;
}

function RichTextEditor(props: RichTextFieldProps & { id: string }) {
  const { change, flush, cancel } = useDraftCommit(props.value, props.onCommit);
  const [linkOpen, setLinkOpen] = useState(false);
  // The answer as loaded and its canonical writing: an edit that comes back to the same text commits nothing, so a
  // non-canonical answer is rewritten only when its words change.
  const loaded = useRef({ value: props.value, canonical: props.value });
  // The Markdown the editor holds: a different value from the document is an outside change (undo), which wins.
  const shown = useRef(props.value);
  const initial = useMemo(() => markdownToRichDoc(props.value), []); // eslint-disable-line react-hooks/exhaustive-deps
  const extensions = useMemo(
    () => richTextExtensions({ placeholder: props.placeholder, onLinkShortcut: () => setLinkOpen(true) }),
    [props.placeholder],
  );
  const attributes: Record<string, string> = {
    id: props.id,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': props.labelledBy,
    class: `${RICH_DOC_CLASS} rich-text-input`,
    spellcheck: 'true',
  };
  if (props.describedBy) attributes['aria-describedby'] = props.describedBy;
  if (props.placeholder) attributes['aria-placeholder'] = props.placeholder;

  const editor = useEditor(
    {
      extensions,
      content: initial,
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes, handleDOMEvents: { paste: pasteHtml } },
      onCreate: ({ editor: e }) => {
        loaded.current.canonical = richDocToMarkdown(e.getJSON());
      },
      onUpdate: ({ editor: e }) => {
        change(() => {
          const markdown = richDocToMarkdown(e.getJSON());
          const next = markdown === loaded.current.canonical ? loaded.current.value : markdown;
          shown.current = next;
          return next;
        });
      },
      onBlur: () => flush(),
    },
    [extensions],
  );

  useEffect(() => {
    if (props.value === shown.current) return;
    cancel();
    editor.commands.setContent(markdownToRichDoc(props.value), { emitUpdate: false });
    shown.current = props.value;
    loaded.current = { value: props.value, canonical: richDocToMarkdown(editor.getJSON()) };
  }, [props.value, editor, cancel]);

  return (
    <div className={props.compact ? 'rich-text compact' : 'rich-text'}>
      <RichTextToolbar editor={editor} controls={props.id} onLink={() => setLinkOpen(true)} />
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
      <EditorContent editor={editor} className="rich-text-surface" />
    </div>
  );
}
