// @vitest-environment jsdom
// The editor itself, headless: every document of the subset goes Markdown → editor → Markdown unchanged.
import { Editor } from '@tiptap/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { comparableDoc, markdownToRichDoc, richDocToMarkdown } from '../../core/markdown/rich-doc.ts';
import { richTextExtensions } from '../../renderer/components/rich-text/extensions.ts';
import { documents } from '../core/markdown/rich-doc-arbitraries.ts';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function open(markdown: string): Editor {
  editor?.destroy();
  editor = new Editor({
    element: document.createElement('div'),
    extensions: richTextExtensions(),
    content: markdownToRichDoc(markdown),
    injectCSS: false,
  });
  return editor;
}

describe('the rich-text editor', () => {
  it('loads the canonical Markdown of any document of the subset and writes it back unchanged', () => {
    fc.assert(
      fc.property(documents, (d) => {
        const markdown = richDocToMarkdown(d);
        const e = open(markdown);
        expect(comparableDoc(e.getJSON())).toEqual(comparableDoc(markdownToRichDoc(markdown)));
        expect(richDocToMarkdown(e.getJSON())).toBe(markdown);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps the meaning of Markdown written elsewhere (other markers, soft breaks) and writes it canonically', () => {
    const e = open('__gras__ et _italique_\nligne suivante\n\n* a\n    * a.a\n* b\n\n3) c\n4) d');
    expect(richDocToMarkdown(e.getJSON())).toBe(
      '**gras** et *italique*\\\nligne suivante\n\n- a\n  - a.a\n- b\n\n3. c\n4. d',
    );
  });

  it('never keeps a link that is not web or mail, even when set by a command', () => {
    const e = open('texte');
    e.chain().selectAll().setLink({ href: 'javascript:alert(1)' }).run();
    expect(richDocToMarkdown(e.getJSON())).toBe('texte');
    e.chain().selectAll().setLink({ href: 'https://www.cnil.fr/' }).run();
    expect(richDocToMarkdown(e.getJSON())).toBe('[texte](https://www.cnil.fr/)');
  });

  it('makes an empty line a list item, and Tab nests the next item', () => {
    const e = open('');
    e.chain().focus().toggleBulletList().insertContent('un').run();
    e.chain().splitListItem('listItem').insertContent('deux').sinkListItem('listItem').run();
    expect(richDocToMarkdown(e.getJSON())).toBe('- un\n  - deux');
  });
});
