// The Markdown subset of rich-text answers, parsed into mdast by a real parser.
import { describe, expect, it } from 'vitest';
import type { List, Paragraph } from 'mdast';
import { markdownToPlainText, parseMarkdown, plainText } from '../../../core/markdown/parse.ts';

describe('parseMarkdown', () => {
  it('parses paragraphs with bold, italic and links', () => {
    const root = parseMarkdown('Un **centre** de *supervision* : [CNIL](https://www.cnil.fr/).\n\nSuite.');
    expect(root.children.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
    const first = root.children[0] as Paragraph;
    expect(first.children.map((n) => n.type)).toEqual(['text', 'strong', 'text', 'emphasis', 'text', 'link', 'text']);
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
