// A rich-text answer: a WYSIWYG editor (TipTap) of the Markdown subset, which stays the format of the file. The
// reading views render the same tree with the same elements and classes (MarkdownView), so both look alike.
import { Editor, getSchema } from '@tiptap/core';
import { DOMSerializer, Node as PmNode, Slice } from '@tiptap/pm/model';
import type { Schema } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
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

/** The editor's schema, built once: the static rendering of a field before its editor is mounted uses it. */
let schema: Schema | null = null;
function staticContent(value: string, placeholder: string | undefined): Node {
  schema ??= getSchema(richTextExtensions());
  const doc = PmNode.fromJSON(schema, markdownToRichDoc(value));
  const fragment = DOMSerializer.fromSchema(schema).serializeFragment(doc.content);
  const first = fragment.firstElementChild;
  // As ProseMirror shows an empty paragraph: one line high, with the placeholder's decoration.
  if (first?.tagName === 'P' && first.childNodes.length === 0) {
    first.appendChild(document.createElement('br')).className = 'ProseMirror-trailingBreak';
    if (placeholder && doc.childCount === 1) {
      first.className = 'is-empty is-editor-empty';
      first.setAttribute('data-placeholder', placeholder);
    }
  }
  return fragment;
}

/**
 * The editor is mounted on the field's element at the first pointer press, focus or toolbar action: until then the
 * element shows the same DOM from the editor's schema, so a page of many answers opens as fast as plain text.
 */
function RichTextEditor(props: RichTextFieldProps & { id: string }) {
  const { change, flush, cancel } = useDraftCommit(props.value, props.onCommit);
  const [linkOpen, setLinkOpen] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const surface = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  // The answer as loaded and its canonical writing: an edit that comes back to the same text commits nothing, so a
  // non-canonical answer is rewritten only when its words change.
  const loaded = useRef({ value: props.value, canonical: props.value });
  // The Markdown the editor holds: a different value from the document is an outside change (undo), which wins.
  const shown = useRef(props.value);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    if (props.value === shown.current && (editorRef.current || surface.current?.hasChildNodes())) return;
    cancel();
    shown.current = props.value;
    const mounted = editorRef.current;
    if (mounted) {
      mounted.commands.setContent(markdownToRichDoc(props.value), { emitUpdate: false });
      loaded.current = { value: props.value, canonical: richDocToMarkdown(mounted.getJSON()) };
    } else {
      surface.current?.replaceChildren(staticContent(props.value, props.placeholder));
      loaded.current = { value: props.value, canonical: props.value };
    }
  }, [props.value, props.placeholder, cancel]);

  useEffect(
    () => () => {
      editorRef.current?.destroy();
      editorRef.current = null;
    },
    [],
  );

  const mount = (): Editor => {
    if (editorRef.current) return editorRef.current;
    const p = latest.current;
    const attributes: Record<string, string> = {
      class: `${RICH_DOC_CLASS} rich-text-input`,
      spellcheck: 'true',
    };
    const e = new Editor({
      element: { mount: surface.current! },
      extensions: richTextExtensions({ placeholder: p.placeholder, onLinkShortcut: () => setLinkOpen(true) }),
      content: markdownToRichDoc(shown.current),
      injectCSS: false,
      editorProps: { attributes, handleDOMEvents: { paste: pasteHtml } },
      onUpdate: ({ editor: current }) => {
        change(() => {
          const markdown = richDocToMarkdown(current.getJSON());
          const next = markdown === loaded.current.canonical ? loaded.current.value : markdown;
          shown.current = next;
          return next;
        });
      },
      onBlur: () => flush(),
    });
    loaded.current = { value: shown.current, canonical: richDocToMarkdown(e.getJSON()) };
    editorRef.current = e;
    setEditor(e);
    return e;
  };

  return (
    <div className={props.compact ? 'rich-text compact' : 'rich-text'}>
      <RichTextToolbar editor={editor} mount={mount} controls={props.id} onLink={() => setLinkOpen(true)} />
      {linkOpen && editor && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
      <div className="rich-text-surface">
        <div
          ref={surface}
          id={props.id}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={props.labelledBy}
          aria-describedby={props.describedBy}
          aria-placeholder={props.placeholder}
          className={`${RICH_DOC_CLASS} rich-text-input`}
          contentEditable
          suppressContentEditableWarning
          spellCheck
          translate="no"
          tabIndex={0}
          onPointerDown={() => void mount()}
          onFocus={() => {
            if (!editorRef.current) mount().view.focus();
          }}
        />
      </div>
    </div>
  );
}
