// The Markdown subset of rich-text answers, parsed into mdast by a real parser.
import { describe, expect, it } from 'vitest';
import type { List, Paragraph } from 'mdast';
import type { Nodes } from 'mdast';
import { MAX_NESTING, markdownToPlainText, parseMarkdown, plainText } from '../../../core/markdown/parse.ts';

/** How deep lists and quotes nest in a tree. */
function depth(node: Nodes): number {
  if (!('children' in node)) return 0;
  const below = Math.max(0, ...(node.children as Nodes[]).map(depth));
  return below + (node.type === 'list' || node.type === 'blockquote' ? 1 : 0);
}

describe('parseMarkdown', () => {
  it('parses paragraphs with bold, italic and links', () => {
    const root = parseMarkdown('Un **centre** de *supervision* : [CNIL](https://www.cnil.fr/).\n\nSuite.');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
    const first = root.children[0] as Paragraph;
    expect(first.children.map((n) => n.type)).toEqual([
      'text',
      'strong',
      'text',
      'emphasis',
      'text',
      'link',
      'text',
    ]);
    expect(first.children[5]).toMatchObject({ type: 'link', url: 'https://www.cnil.fr/' });
  });

  it('parses nested bullet lists and numbered lists', () => {
    const root = parseMarkdown('- un\n  - un.un\n- deux\n\n1. premier\n2. second');
    const [bullets, numbered] = root.children as List[];
    expect(bullets).toMatchObject({ type: 'list', ordered: false });
    expect(bullets?.children[0]?.children.map((n) => n.type)).toEqual(['paragraph', 'list']);
    expect(numbered).toMatchObject({ type: 'list', ordered: true, start: 1 });
    expect(numbered?.children).toHaveLength(2);
  });

  it('keeps raw HTML as visible text, never as markup', () => {
    const root = parseMarkdown('<script>alert(1)</script> et <b>gras</b>');
    expect(JSON.stringify(root)).not.toContain('"html"');
    expect(plainText(root)).toBe('<script>alert(1)</script> et <b>gras</b>');
  });

  it('does not turn an indented paragraph into a code block', () => {
    const root = parseMarkdown('Texte\n\n    indenté de quatre espaces');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('deep nesting', () => {
  it('keeps lists and quotes nested as written up to the limit', () => {
    expect(depth(parseMarkdown('- a\n  - b\n    - c\n\n> > > d'))).toBe(3);
    expect(depth(parseMarkdown(`${'- '.repeat(MAX_NESTING)}x`))).toBe(MAX_NESTING);
  });

  it('writes deeper markers as text, quickly, so a hostile answer cannot stall the export', () => {
    const started = Date.now();
    const root = parseMarkdown(
      `${'- '.repeat(10_000)}x\n\n${'> '.repeat(10_000)}y\n\n${'1. '.repeat(5000)}z`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(depth(root)).toBeLessThanOrEqual(MAX_NESTING);
    expect(plainText(root)).toContain('- - - x');
  });
});

describe('plain text', () => {
  it('drops the formatting and writes one block per line', () => {
    expect(markdownToPlainText('Un **gras** et *italique*.\n\n- a\n- b [lien](https://x.fr)')).toBe(
      'Un gras et italique.\na\nb lien',
    );
  });

  it('is empty for an answer with only markup', () => {
    expect(markdownToPlainText('**  **\n\n')).toBe('');
  });
});
