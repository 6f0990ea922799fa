// The rich-text toolbar and its link form. The toolbar is one Tab stop (roving tabindex: the arrow keys move between
// its buttons); a button acts on the text and gives the focus back to it, so the next words typed land in place.
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedLink } from '../../../core/markdown/safe-url.ts';

interface Action {
  key: string;
  label: string;
  hint: string;
  pressed?: boolean;
  icon: ReactNode;
  run: () => void;
}

export function RichTextToolbar({
  editor,
  mount,
  controls,
  onLink,
}: {
  /** The editor, once mounted. */
  editor: Editor | null;
  /** Mounts the editor if it is not yet, and returns it. */
  mount: () => Editor;
  controls: string;
  onLink: () => void;
}) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  }) ?? { bold: false, italic: false, bullet: false, ordered: false, link: false };
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const actions: Action[] = [
    {
      key: 'bold',
      label: t('richText.bold'),
      hint: t('richText.boldHint'),
      pressed: state.bold,
      icon: <b aria-hidden="true">{t('richText.boldGlyph')}</b>,
      run: () => mount().chain().focus().toggleBold().run(),
    },
    {
      key: 'italic',
      label: t('richText.italic'),
      hint: t('richText.italicHint'),
      pressed: state.italic,
      icon: <i aria-hidden="true">{t('richText.italicGlyph')}</i>,
      run: () => mount().chain().focus().toggleItalic().run(),
    },
    {
      key: 'bullet',
      label: t('richText.bulletList'),
      hint: t('richText.bulletList'),
      pressed: state.bullet,
      icon: <ListIcon numbered={false} />,
      run: () => mount().chain().focus().toggleBulletList().run(),
    },
    {
      key: 'ordered',
      label: t('richText.numberedList'),
      hint: t('richText.numberedList'),
      pressed: state.ordered,
      icon: <ListIcon numbered />,
      run: () => mount().chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'link',
      label: t('richText.link'),
      hint: t('richText.linkHint'),
      pressed: state.link,
      icon: <LinkIcon />,
      run: () => {
        mount();
        onLink();
      },
    },
  ];

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actions.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      className="rich-text-toolbar"
      role="toolbar"
      aria-label={t('richText.toolbar')}
      aria-controls={controls}
      onKeyDown={move}
    >
      {actions.map((action, i) => (
        <button
          key={action.key}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          tabIndex={i === current ? 0 : -1}
          aria-label={action.label}
          aria-pressed={action.pressed}
          title={action.hint}
          // The text keeps the focus and its selection while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(i)}
          onClick={action.run}
        >
          {action.icon}
        </button>
      ))}
    </div>
  );
}

/** The address typed by the user as a link: `https://` added to a bare domain, `mailto:` to a bare address. */
export function linkFromInput(input: string): string | null {
  const value = input.trim();
  if (value === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value)
    ? value
    : /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value)
      ? `mailto:${value}`
      : `https://${value}`;
  return isAllowedLink(withScheme) ? withScheme : null;
}

/** The in-app link form (Electron has no window.prompt): the address of the link at the selection. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const current = editor.getAttributes('link').href as string | undefined;
  const [address, setAddress] = useState(current ?? '');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();
  useEffect(() => input.current?.focus(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = linkFromInput(address);
    if (href === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form
      className="rich-text-link"
      aria-label={t('richEditor.linkForm')}
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <label>
        {t('richEditor.linkAddress')}
        <input
          ref={input}
          type="text"
          inputMode="url"
          value={address}
          spellCheck={false}
          placeholder="https://"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setAddress(event.target.value);
            setInvalid(false);
          }}
        />
      </label>
      <button type="submit" className="primary">
        {t('richEditor.linkApply')}
      </button>
      {current !== undefined && (
        <button type="button" onClick={remove}>
          {t('richEditor.linkRemove')}
        </button>
      )}
      <button type="button" onClick={close}>
        {t('richEditor.linkCancel')}
      </button>
      {invalid && (
        <p id={errorId} className="rich-text-link-error" role="alert">
          {t('richEditor.linkInvalid')}
        </p>
      )}
    </form>
  );
}

/** Toolbar icons drawn in SVG: no letters that would clash with the buttons' names, the same on every system. */
function ListIcon({ numbered }: { numbered: boolean }) {
  return (
    <svg width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" className="toolbar-icon">
      {[3, 8, 13].map((y) =>
        numbered ? (
          // A small "1." drawn, not written: SVG text would count as the button's visible name.
          <g key={`n${y}`} fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round">
            <path d={`M1.2 ${y - 1.2}l1.3-1.1v4.6`} />
            <circle cx="4.4" cy={y + 2.1} r="0.35" fill="currentColor" />
          </g>
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
