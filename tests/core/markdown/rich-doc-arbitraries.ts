// Builders and fast-check generators of rich-text documents of the Markdown subset, shared by the core and editor tests.
import fc from 'fast-check';
import type { RichNode } from '../../../core/markdown/rich-doc.ts';

export const text = (value: string, ...marks: string[]): RichNode =>
  marks.length > 0
    ? {
        type: 'text',
        text: value,
        marks: marks.map((m) =>
          m.startsWith('http') || m.startsWith('mailto') ? { type: 'link', attrs: { href: m } } : { type: m },
        ),
      }
    : { type: 'text', text: value };
export const p = (...content: RichNode[]): RichNode =>
  content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
export const br: RichNode = { type: 'hardBreak' };
export const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
export const ul = (...items: RichNode[]): RichNode => ({ type: 'bulletList', content: items });
export const ol = (start: number, ...items: RichNode[]): RichNode => ({
  type: 'orderedList',
  attrs: { start },
  content: items,
});
export const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });

// Random documents of the subset. Bold and italic stretches start and end with a letter or digit: Markdown has no
// way to write emphasis that opens on punctuation glued to a letter (`a**.b**`), a limit of the format itself.
const word = fc.stringMatching(/^[a-zA-Z0-9éàçœ]{1,6}$/);
export const token = fc.oneof(
  { weight: 4, arbitrary: word },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '*',
      '_',
      '**',
      '[x]',
      '<b>',
      '&amp;',
      '\\',
      '#',
      '-',
      '+',
      '1.',
      '2)',
      '`',
      '>',
      '!',
      '=',
      '~~~',
      '(',
      ')',
      ':',
      ';',
      '«',
      '»',
    ),
  },
);
const phrase = (t: fc.Arbitrary<string>) =>
  fc.array(t, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const url = fc.constantFrom(
  'https://www.cnil.fr/',
  'https://ville.fr/csu?a=1&b=2',
  'mailto:dpo@ville.fr',
  'http://exemple.fr/x',
);
const segment = fc.oneof(
  { weight: 3, arbitrary: phrase(token).map((t) => [text(t)]) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        t: phrase(word),
        bold: fc.boolean(),
        italic: fc.boolean(),
        link: fc.option(url, { nil: undefined }),
      })
      .map(({ t, bold, italic, link }) => [
        text(t, ...(bold ? ['bold'] : []), ...(italic ? ['italic'] : []), ...(link ? [link] : [])),
      ]),
  },
  { weight: 1, arbitrary: fc.constant([text(' ')]) },
  { weight: 1, arbitrary: fc.constant([br]) },
);
/** No line break or space at either end of a paragraph or beside a break, no two spaces: Markdown drops them. */
function tidy(content: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of content) {
    const last = out[out.length - 1];
    const space = node.text === ' ';
    if (space && (last === undefined || last.text === ' ' || last.type === 'hardBreak')) continue;
    if (node.type === 'hardBreak' && (last === undefined || last.text === ' ')) {
      if (last?.text === ' ') out.pop();
      if (out.length === 0) continue;
    }
    out.push(node);
  }
  while (out.length > 0 && (out[out.length - 1]?.type === 'hardBreak' || out[out.length - 1]?.text === ' '))
    out.pop();
  return out;
}
const paragraph = fc
  .array(segment, { minLength: 1, maxLength: 6 })
  .map((segments) => p(...tidy(segments.flat())));
const { block } = fc.letrec<{ block: RichNode; list: RichNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph.filter((b) => (b.content ?? []).length > 0),
    tie('list'),
  ),
  list: fc
    .record({
      ordered: fc.boolean(),
      start: fc.integer({ min: 0, max: 12 }),
      items: fc.array(
        fc.record({
          first: fc.oneof(paragraph, fc.constant(p())),
          sub: fc.option(tie('list'), { nil: undefined, depthSize: 'small' }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ ordered, start, items }) => {
      // An item whose first line is empty and holds a nested list (`- - - a`) can read as a rule: not generated.
      const lis = items.map(({ first, sub }) =>
        li(first, ...(sub && (first.content ?? []).length > 0 ? [sub] : [])),
      );
      return ordered ? ol(start, ...lis) : ul(...lis);
    }),
}));
export const documents = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => doc(...blocks));
