// The editor's schema and behaviour: TipTap's StarterKit cut down to the Markdown subset of answers (paragraphs,
// line breaks, bold, italic, links, bullet and numbered lists), with undo by word and http(s)/mailto links only.
import { Extension } from '@tiptap/core';
import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedLink } from '../../../core/markdown/safe-url.ts';

/** Attributes of a link in the editor and in the reading views: the same DOM in both. */
export const LINK_ATTRIBUTES = { target: null, rel: 'noreferrer', class: null } as const;

/**
 * Closes the undo group after each typed space or line end, so that Ctrl+Z takes back the last word or phrase,
 * never one character at a time (ProseMirror's history also starts a new group after a pause).
 */
const UndoByWord = Extension.create({
  name: 'undoByWord',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        appendTransaction(transactions, _old, state) {
          const endsWord = transactions.some(
            (tr) =>
              tr.docChanged &&
              tr.steps.some((step) => {
                if (!(step instanceof ReplaceStep)) return false;
                const { content } = step.slice;
                return /[\s.,;:!?]$/.test(content.textBetween(0, content.size, '\n', '\n'));
              }),
          );
          return endsWord ? closeHistory(state.tr) : null;
        },
      }),
    ];
  },
});

export interface RichTextExtensionOptions {
  placeholder?: string;
  /** Called on Ctrl+K (Cmd+K): the field opens its link form. */
  onLinkShortcut?: () => void;
}

/** The extensions of every rich-text editor; also run headless by the tests. */
export function richTextExtensions(options: RichTextExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      undoRedo: { newGroupDelay: 800 },
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        enableClickSelection: true,
        protocols: ['mailto'],
        defaultProtocol: 'https',
        HTMLAttributes: LINK_ATTRIBUTES,
        isAllowedUri: (url) => isAllowedLink(url),
      },
    }),
    UndoByWord,
    Extension.create({
      name: 'linkShortcut',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            options.onLinkShortcut?.();
            return options.onLinkShortcut !== undefined;
          },
        };
      },
    }),
  ];
  if (options.placeholder) extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  return extensions;
}
