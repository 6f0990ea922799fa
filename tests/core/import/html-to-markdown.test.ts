import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../core/import/cnil/entities.ts';
import {
  cnilTextToMarkdown,
  cnilTextToPlain,
  htmlToMarkdown,
  plainTextToMarkdown,
} from '../../../core/import/cnil/html-to-markdown.ts';
import { parseHtml, tokenizeHtml } from '../../../core/import/cnil/html-tree.ts';
import { markdownToPlainText, parseMarkdown } from '../../../core/markdown/parse.ts';

const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9a-f]+);/i;

describe('decodeEntities', () => {
  it('decodes the named references editors write, and numeric ones in decimal and hexadecimal', () => {
    expect(
      decodeEntities(
        '&nbsp;&amp;&lt;&gt;&quot;&#39;&eacute;&egrave;&agrave;&ccedil;&ecirc;&ocirc;&rsquo;&laquo;&raquo;&hellip;&oelig;&apos;',
      ),
    ).toBe("\u00a0&<>\"'éèàçêô’«»…œ'");
    expect(decodeEntities('&#233;&#xE9;&#x20ac;&Eacute;')).toBe('ééۃÉ'.replace('ۃ', '€'));
  });

  it('reads 0x80–0x9F as Windows-1252 and impossible code points as U+FFFD, as browsers do', () => {
    expect(decodeEntities('&#146;&#156;&#0;&#xD800;&#x110000;')).toBe('’œ\uFFFD\uFFFD\uFFFD');
  });

  it('leaves text without a reference alone, and an unknown name as written', () => {
    expect(decodeEntities('AT&T & co &unknownname; &amp')).toBe('AT&T & co &unknownname; &amp');
  });
});

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, bold, italic and breaks, and moves spaces out of the delimiters', () => {
    expect(htmlToMarkdown('<p>Le <strong>moniteur </strong>de <em>sommeil</em></p><p>a<br />b</p>')).toBe(
      'Le **moniteur** de *sommeil*\n\na\\\nb',
    );
  });

  it('keeps nested bullet and numbered lists, with their start number', () => {
    const md = htmlToMarkdown(
      '<ul><li><strong>Données</strong> :<ul><li>un</li><li>deux</li></ul></li><li>trois</li></ul><ol start="4"><li>quatre</li></ol>',
    );
    expect(md).toBe('- **Données** :\n  - un\n  - deux\n- trois\n\n4. quatre');
    const tree = parseMarkdown(md);
    expect(tree.children.map((n) => n.type)).toEqual(['list', 'list']);
  });

  it('keeps two lists in a row apart', () => {
    const tree = parseMarkdown(
      htmlToMarkdown('<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li></ol><ol><li>d</li></ol>'),
    );
    expect(tree.children).toHaveLength(4);
  });

  it('drops styles, spans and unknown tags but keeps their text, entities decoded', () => {
    const md = htmlToMarkdown(
      '<span style="font-family: \'Open Sans\', Arial; color:#fff">Lorem&nbsp;ipsum&nbsp;</span><font face="x"><blink>d&eacute;j&agrave;</blink></font>',
    );
    expect(md).toBe('Lorem\u00a0ipsum\u00a0déjà');
    expect(md).not.toMatch(ENTITY);
  });

  it('keeps https and mailto links, and only the text of other links', () => {
    expect(
      htmlToMarkdown('<a href="https://cnil.fr/a b">site</a> <a href="javascript:alert(1)">piège</a>'),
    ).toBe('[site](https://cnil.fr/a%20b) piège');
  });

  it('writes headings as bold paragraphs and table rows as paragraphs', () => {
    expect(htmlToMarkdown('<h2>Titre</h2><table><tr><th>A</th><td>B</td></tr></table>')).toBe(
      '**Titre**\n\n**A** | B',
    );
  });

  it('escapes what Markdown would read as syntax', () => {
    const md = htmlToMarkdown(
      '<p>1986. fut</p><p># non</p><p>- non plus</p><p>*a* _b_ [c](d) &amp;eacute;</p>',
    );
    expect(markdownToPlainText(md)).toBe('1986. fut\n# non\n- non plus\n*a* _b_ [c](d) &eacute;');
    expect(parseMarkdown(md).children.every((n) => n.type === 'paragraph')).toBe(true);
  });

  it('never drops text from broken HTML: unclosed tags, stray ends, a lone <', () => {
    expect(
      markdownToPlainText(htmlToMarkdown('<p>un <b>deux</i> trois</p></div> 2 < 3 <b attr="x>quatre')),
    ).toBe('un deux trois\n2 < 3 <b attr="x>quatre');
  });

  it('skips script and style content, but keeps the text after an unclosed <script>', () => {
    expect(htmlToMarkdown('<style>p{}</style><script>alert(1)</script>ok')).toBe('ok');
    expect(htmlToMarkdown('avant <script>après')).toBe('avant après');
  });

  it('reads hostile input in linear time and bounded depth', () => {
    const deep = '<div><ul><li>'.repeat(5000) + 'fond' + '</li></ul></div>'.repeat(5000);
    const many = '<b>x</b>'.repeat(50_000);
    const started = performance.now();
    expect(markdownToPlainText(htmlToMarkdown(deep))).toContain('fond');
    expect(htmlToMarkdown(many).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('turns arbitrary markup into Markdown whose text is the HTML text (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zéà0-9.,;:!?*_#()\-[\]&]{1,8}$/);
    const inline: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        word,
        fc
          .tuple(
            fc.constantFrom('strong', 'em', 'b', 'i', 'span', 'u'),
            fc.array(tie('node'), { maxLength: 3 }),
          )
          .map(([tag, children]) => `<${tag}>${children.join(' ')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 4 }), (parts) => {
        const html = `<p>${parts.join(' ')}</p>`;
        const expected = cnilTextToPlain(html);
        const md = htmlToMarkdown(html);
        expect(markdownToPlainText(md).replace(/\s+/g, ' ').trim()).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the tree reader', () => {
  it('closes paragraphs and list items implicitly, as HTML does', () => {
    const root = parseHtml('<ul><li>a<li>b</ul><p>x<p>y');
    expect(root.children.map((n) => (n.type === 'element' ? n.name : 'text'))).toEqual(['ul', 'p', 'p']);
  });

  it('drops comments and doctypes, keeps attributes decoded', () => {
    const tokens = tokenizeHtml('<!DOCTYPE html><!-- note --><a href="a&amp;b">t</a>');
    expect(tokens[0]).toMatchObject({ kind: 'start', name: 'a' });
    expect(tokens[0]?.kind === 'start' && tokens[0].attributes.get('href')).toBe('a&b');
  });
});

describe('plain-text fields', () => {
  it('keep their paragraphs and line ends, and are escaped', () => {
    expect(plainTextToMarkdown('Ligne un\nligne deux\n\n* pas une liste &eacute;')).toBe(
      'Ligne un\\\nligne deux\n\n\\* pas une liste é',
    );
  });

  it('are told from HTML by their tags', () => {
    expect(cnilTextToMarkdown('a < b et c > d')).toBe('a \\< b et c > d');
    expect(cnilTextToMarkdown('<p>html</p>')).toBe('html');
    expect(cnilTextToMarkdown(null)).toBe('');
  });
});
