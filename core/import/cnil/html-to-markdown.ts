// Turns the CNIL tool's rich text (HTML from its editors) and plain-text fields into our Markdown subset:
// paragraphs, bold, italic, bullet and numbered lists (nested), links. Entities are decoded; styles, spans and
// unknown tags are dropped but their text is kept. Each paragraph is checked by parsing it back.
import { parseMarkdown, plainText } from '../../markdown/parse.ts';
import { decodeEntities } from './entities.ts';
import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.ts';

interface Marks {
  strong: boolean;
  em: boolean;
  href: string | null;
}
interface Run {
  text: string;
  marks: Marks;
}
type Inline = { kind: 'text'; text: string; marks: Marks } | { kind: 'break' };
/** A paragraph is a list of lines, each a list of runs; lines are joined by hard line breaks. */
type Block =
  { kind: 'paragraph'; lines: Run[][] } | { kind: 'list'; ordered: boolean; start: number; items: Block[][] };

const PLAIN: Marks = { strong: false, em: false, href: null };

/** Lists nested deeper than this are written as paragraphs (the Markdown parser limits nesting too). */
const MAX_LIST_DEPTH = 8;
const MAX_ORDERED_NUMBER = 999_999_999;

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'address',
  'center',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'fieldset',
  'form',
  'details',
  'summary',
  'blockquote',
  'hr',
  'body',
  'html',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const STRONG = new Set(['strong', 'b']);
const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const SKIPPED = new Set(['head', 'template', 'noscript']);

const HTML_WHITESPACE = /[ \t\n\r\f]+/g;
const EDGE_SPACE = /[ \u00a0]/;

/** Accumulates blocks; text and breaks gather into the current paragraph until a block closes it. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private inlines: Inline[] = [];

  text(text: string, marks: Marks): void {
    if (text !== '') this.inlines.push({ kind: 'text', text, marks });
  }
  lineBreak(): void {
    this.inlines.push({ kind: 'break' });
  }
  block(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }
  flush(): void {
    this.blocks.push(...toParagraphs(this.inlines));
    this.inlines = [];
  }
  done(): Block[] {
    this.flush();
    return this.blocks;
  }
}

/**
 * Splits inlines into lines at breaks, trims each line and collapses spaces across runs; an empty line
 * (two breaks in a row, or a `<p>&nbsp;</p>`) separates paragraphs.
 */
function toParagraphs(inlines: readonly Inline[]): Block[] {
  const lines: Run[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') lines.push([]);
    else lines[lines.length - 1]!.push({ text: inline.text, marks: inline.marks });
  }
  const paragraphs: Block[] = [];
  let current: Run[][] = [];
  for (const raw of lines) {
    const line = trimLine(raw);
    if (line.length === 0) {
      if (current.length > 0) paragraphs.push({ kind: 'paragraph', lines: current });
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push({ kind: 'paragraph', lines: current });
  return paragraphs;
}

function trimLine(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let previousEndsWithSpace = true;
  for (const run of runs) {
    let text = run.text;
    if (previousEndsWithSpace) text = text.replace(/^ +/, '');
    if (text === '') continue;
    previousEndsWithSpace = text.endsWith(' ');
    out.push({ text, marks: run.marks });
  }
  while (out.length > 0) {
    const first = out[0]!;
    const text = stripEdge(first.text, 'start');
    if (text !== '') {
      out[0] = { ...first, text };
      break;
    }
    out.shift();
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const text = stripEdge(last.text, 'end');
    if (text !== '') {
      out[out.length - 1] = { ...last, text };
      break;
    }
    out.pop();
  }
  return out;
}

function stripEdge(text: string, edge: 'start' | 'end'): string {
  let start = 0;
  let end = text.length;
  if (edge === 'start') while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  else while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

function safeHref(element: HtmlElement): string | null {
  const href = element.attributes.get('href')?.trim() ?? '';
  return /^(?:https?:\/\/|mailto:)\S/i.test(href) ? href : null;
}

function walk(node: HtmlNode, builder: BlockBuilder, marks: Marks): void {
  if (node.type === 'text') {
    builder.text(node.value.replace(HTML_WHITESPACE, ' '), marks);
    return;
  }
  const { name } = node;
  const children = (into: BlockBuilder, childMarks: Marks) => {
    for (const child of node.children) walk(child, into, childMarks);
  };
  if (SKIPPED.has(name)) return;
  if (name === 'br') return builder.lineBreak();
  if (name === 'img') {
    const alt = node.attributes.get('alt')?.trim() ?? '';
    if (alt !== '') builder.text(alt, marks);
    return;
  }
  if (name === 'ul' || name === 'ol') return builder.block(listBlock(node, marks));
  if (name === 'li') {
    // A list item outside a list: read as a one-item bullet list.
    return builder.block({ kind: 'list', ordered: false, start: 1, items: [itemBlocks(node, marks)] });
  }
  if (name === 'table') return tableBlocks(node, marks).forEach((block) => builder.block(block));
  if (name === 'pre') {
    builder.flush();
    preText(node, builder, marks);
    builder.flush();
    return;
  }
  if (HEADING.has(name)) {
    builder.flush();
    children(builder, { ...marks, strong: true });
    builder.flush();
    return;
  }
  if (BLOCK.has(name) || name === 'tr' || name === 'td' || name === 'th') {
    builder.flush();
    children(builder, marks);
    builder.flush();
    return;
  }
  if (STRONG.has(name)) return children(builder, { ...marks, strong: true });
  if (EMPHASIS.has(name)) return children(builder, { ...marks, em: true });
  if (name === 'a') return children(builder, { ...marks, href: safeHref(node) ?? marks.href });
  // span, font, u, small, code… and unknown tags: their formatting goes, their text stays.
  children(builder, marks);
}

function preText(node: HtmlElement, builder: BlockBuilder, marks: Marks): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      if (child.name === 'br') builder.lineBreak();
      else preText(child, builder, marks);
      continue;
    }
    child.value.split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) builder.lineBreak();
      builder.text(line.replace(HTML_WHITESPACE, ' '), marks);
    });
  }
}

function itemBlocks(node: HtmlElement, marks: Marks): Block[] {
  const builder = new BlockBuilder();
  for (const child of node.children) walk(child, builder, marks);
  return builder.done();
}

function listBlock(node: HtmlElement, marks: Marks): Block {
  const ordered = node.name === 'ol';
  const start = Number.parseInt(node.attributes.get('start') ?? '1', 10);
  const items: Block[][] = [];
  let loose: BlockBuilder | null = null;
  for (const child of node.children) {
    if (child.type === 'element' && child.name === 'li') {
      if (loose) items.push(loose.done());
      loose = null;
      items.push(itemBlocks(child, marks));
      continue;
    }
    if (child.type === 'text' && child.value.trim() === '') continue;
    // Text or elements straight inside <ul>: kept, as an item of their own.
    loose ??= new BlockBuilder();
    walk(child, loose, marks);
  }
  if (loose) items.push(loose.done());
  const first = Number.isFinite(start) ? Math.max(0, start) : 1;
  return {
    kind: 'list',
    ordered,
    start: Math.min(first, MAX_ORDERED_NUMBER - items.length),
    items,
  };
}

/** Each row becomes a paragraph of its cells separated by « | »: the subset has no tables. */
function tableBlocks(node: HtmlElement, marks: Marks): Block[] {
  const rows: HtmlElement[] = [];
  const other = new BlockBuilder();
  const collect = (element: HtmlElement) => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'caption') walk(child, other, { ...marks, strong: true });
      else collect(child);
    }
  };
  collect(node);
  const blocks = other.done();
  for (const row of rows) {
    const runs: Inline[] = [];
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const cellInlines = flatten(itemBlocks(cell, cell.name === 'th' ? { ...marks, strong: true } : marks));
      if (cellInlines.length === 0) continue;
      if (runs.length > 0) runs.push({ kind: 'text', text: ' | ', marks: PLAIN });
      runs.push(...cellInlines);
    }
    blocks.push(...toParagraphs(runs));
  }
  return blocks;
}

/** Blocks as inlines on successive lines; list items prefixed with their marker. */
function flatten(blocks: readonly Block[]): Inline[] {
  const out: Inline[] = [];
  const addLines = (lines: Run[][], prefix: string) => {
    lines.forEach((line, i) => {
      if (out.length > 0) out.push({ kind: 'break' });
      if (i === 0 && prefix !== '') out.push({ kind: 'text', text: prefix, marks: PLAIN });
      for (const run of line) out.push({ kind: 'text', ...run });
    });
  };
  const visit = (block: Block, prefix: string) => {
    if (block.kind === 'paragraph') return addLines(block.lines, prefix);
    block.items.forEach((item, i) => {
      const marker = block.ordered ? `${block.start + i}. ` : '– ';
      item.forEach((b, j) => visit(b, j === 0 ? marker : ''));
    });
  };
  blocks.forEach((block) => visit(block, ''));
  return out;
}

// ---- Markdown writing

const ESCAPED = /[\\`*_[\]<]/g;
const ENTITY_LIKE = /&(?=#\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g;
const WHITESPACE = /[\s\p{Zs}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Writes Markdown text, escaping what the parser would read as syntax, at line starts in particular. */
class Emitter {
  private out = '';
  private atLineStart = true;

  text(value: string): void {
    if (value === '') return;
    let escaped = value.replace(ESCAPED, '\\$&').replace(ENTITY_LIKE, '\\&');
    if (this.atLineStart) {
      escaped = escaped.replace(/^([#>+=~-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
    }
    this.out += escaped;
    this.atLineStart = false;
  }
  syntax(value: string): void {
    this.out += value;
    this.atLineStart = false;
  }
  toString(): string {
    return this.out;
  }
}

type MarkLevel = 0 | 1 | 2;
const markKey = (marks: Marks, level: MarkLevel): string | boolean | null =>
  level === 0 ? marks.href : level === 1 ? marks.strong : marks.em;

/** Moves leading and trailing characters matching `edge` out of a group of runs. */
function peel(
  runs: readonly Run[],
  edge: (ch: string) => boolean,
): { before: string; inner: Run[]; after: string } {
  const inner = runs.map((r) => ({ ...r }));
  let before = '';
  while (inner.length > 0) {
    const first = inner[0]!;
    const chars = [...first.text];
    let n = 0;
    while (n < chars.length && edge(chars[n]!)) n++;
    before += chars.slice(0, n).join('');
    if (n < chars.length) {
      first.text = chars.slice(n).join('');
      break;
    }
    inner.shift();
  }
  let after = '';
  while (inner.length > 0) {
    const last = inner[inner.length - 1]!;
    const chars = [...last.text];
    let n = chars.length;
    while (n > 0 && edge(chars[n - 1]!)) n--;
    after = chars.slice(n).join('') + after;
    if (n > 0) {
      last.text = chars.slice(0, n).join('');
      break;
    }
    inner.pop();
  }
  return { before, inner, after };
}

/**
 * Links outermost, then bold, then italic. Spaces at the edges of a group go outside its delimiters
 * (`**Dreamland **qui` would not parse as emphasis), and punctuation too when asked.
 */
function renderRuns(runs: readonly Run[], level: number, out: Emitter, peelPunctuation: boolean): void {
  if (level > 2) {
    for (const run of runs) out.text(run.text);
    return;
  }
  const lvl = level as MarkLevel;
  let i = 0;
  while (i < runs.length) {
    const key = markKey(runs[i]!.marks, lvl);
    let j = i + 1;
    while (j < runs.length && markKey(runs[j]!.marks, lvl) === key) j++;
    const group = runs.slice(i, j);
    i = j;
    if (key === null || key === false) {
      renderRuns(group, level + 1, out, peelPunctuation);
      continue;
    }
    const edge =
      lvl === 0 || !peelPunctuation
        ? (ch: string) => WHITESPACE.test(ch)
        : (ch: string) => WHITESPACE.test(ch) || PUNCTUATION.test(ch);
    const { before, inner, after } = peel(group, edge);
    out.text(before);
    if (inner.length > 0) {
      if (lvl === 0) {
        out.syntax('[');
        renderRuns(inner, level + 1, out, peelPunctuation);
        out.syntax(`](${encodeDestination(key as string)})`);
      } else {
        const delimiter = lvl === 1 ? '**' : '*';
        out.syntax(delimiter);
        renderRuns(inner, level + 1, out, peelPunctuation);
        out.syntax(delimiter);
      }
    }
    out.text(after);
  }
}

function encodeDestination(url: string): string {
  return url.replace(
    /[\s()<>\\]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

type RenderMode = 'marks' | 'marks-outside-punctuation' | 'plain';

function renderLines(lines: readonly Run[][], mode: RenderMode): string {
  return lines
    .map((line) => {
      const out = new Emitter();
      if (mode === 'plain') for (const run of line) out.text(run.text);
      else renderRuns(line, 0, out, mode === 'marks-outside-punctuation');
      return out.toString();
    })
    .join('\\\n');
}

/**
 * The paragraph as Markdown, checked by parsing it back. Bold or italic text that ends with punctuation before a
 * letter (`**fin.**Suite`) does not parse as emphasis: the punctuation then moves outside the delimiters, and if
 * even that fails, the paragraph keeps its text without formatting.
 */
function renderParagraph(lines: readonly Run[][]): string {
  const expected = lines.map((line) => line.map((r) => r.text).join('')).join('\n');
  for (const mode of ['marks', 'marks-outside-punctuation'] as const) {
    const markdown = renderLines(lines, mode);
    if (readsBackAs(markdown, expected)) return markdown;
  }
  return renderLines(lines, 'plain');
}

function readsBackAs(markdown: string, expected: string): boolean {
  const root = parseMarkdown(markdown);
  const [only, ...rest] = root.children;
  return only !== undefined && rest.length === 0 && only.type === 'paragraph' && plainText(only) === expected;
}

function renderBlocks(blocks: readonly Block[], depth: number): string {
  let out = '';
  let previous: Block | null = null;
  let variant = false;
  for (const block of blocks) {
    if (block.kind === 'list') {
      // Two lists in a row would merge into one: the second one uses the other bullet or delimiter.
      variant = previous?.kind === 'list' && previous.ordered === block.ordered ? !variant : false;
    }
    const text =
      block.kind === 'paragraph' ? renderParagraph(block.lines) : renderList(block, depth, variant);
    if (text === '') continue;
    const tight = previous?.kind === 'paragraph' && block.kind === 'list' && depth > 0;
    out += out === '' ? text : `${tight ? '\n' : '\n\n'}${text}`;
    previous = block;
  }
  return out;
}

function renderList(list: Extract<Block, { kind: 'list' }>, depth: number, variant: boolean): string {
  if (depth >= MAX_LIST_DEPTH) return renderBlocks(list.items.flat(), depth);
  return list.items
    .map((item, i) => {
      const marker = list.ordered ? `${list.start + i}${variant ? ')' : '.'}` : variant ? '*' : '-';
      const body = renderBlocks(item, depth + 1);
      if (body === '') return marker;
      const indent = ' '.repeat(marker.length + 1);
      const lines = body.split('\n').map((line, j) => (j === 0 || line === '' ? line : indent + line));
      return `${marker} ${lines.join('\n')}`;
    })
    .join('\n');
}

// ---- Entry points

/** HTML from the CNIL tool's editors, as Markdown. */
export function htmlToMarkdown(html: string): string {
  return htmlTreeToMarkdown(parseHtml(html));
}

/** An HTML tree read by parseHtml (possibly rearranged, e.g. pasted Word lists), as Markdown. */
export function htmlTreeToMarkdown(root: HtmlElement): string {
  const builder = new BlockBuilder();
  walk(root, builder, PLAIN);
  return renderBlocks(builder.done(), 0);
}

/** A plain-text field (a textarea): blank lines separate paragraphs, single line ends are kept as breaks. */
export function plainTextToMarkdown(text: string): string {
  const blocks = decodeEntities(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .flatMap((paragraph) => {
      const inlines: Inline[] = [];
      paragraph.split('\n').forEach((line, i) => {
        if (i > 0) inlines.push({ kind: 'break' });
        inlines.push({ kind: 'text', text: line.replace(/[ \t\f]+/g, ' '), marks: PLAIN });
      });
      return toParagraphs(inlines);
    });
  return renderBlocks(blocks, 0);
}

const LOOKS_LIKE_HTML = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/;

/** Any text of a CNIL export as Markdown: HTML when it holds tags, plain text otherwise. */
export function cnilTextToMarkdown(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return LOOKS_LIKE_HTML.test(value) ? htmlToMarkdown(value) : plainTextToMarkdown(value);
}

/** A short text (a title, a list entry) without markup: tags dropped, entities decoded, spaces collapsed. */
export function cnilTextToPlain(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  let blocks: Block[];
  if (LOOKS_LIKE_HTML.test(value)) {
    const builder = new BlockBuilder();
    walk(parseHtml(value), builder, PLAIN);
    blocks = builder.done();
  } else {
    blocks = toParagraphs([{ kind: 'text', text: decodeEntities(value).replace(/\s+/g, ' '), marks: PLAIN }]);
  }
  return flatten(blocks)
    .map((inline) => (inline.kind === 'break' ? ' ' : inline.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One paragraph of plain text as Markdown, in bold if asked: for the headings the import writes. */
export function markdownParagraph(text: string, options: { strong?: boolean } = {}): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '';
  return renderParagraph([[{ text: line, marks: { ...PLAIN, strong: options.strong ?? false } }]]);
}

/** Markdown blocks one after the other, empty ones left out. */
export function joinMarkdown(...parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n\n');
}
