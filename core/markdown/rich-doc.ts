// The rich-text answer as a document tree (the ProseMirror JSON the editor edits and the reading views render) and
// back to Markdown. The tree comes from parseMarkdown, the parser the Word export uses, so the editor shows what
// Word prints; the writer produces one canonical Markdown form of the subset.
import type { PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown, plainText } from './parse.ts';
import { isAllowedLink } from './safe-url.ts';

/** A mark of the subset: bold, italic, or a link (its other attributes, added by the editor, are ignored). */
export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of the tree, shaped like ProseMirror's JSON (and TipTap's JSONContent). */
export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

/** Node and mark names, the same as the editor's schema (TipTap's StarterKit). */
export const RICH = {
  doc: 'doc',
  paragraph: 'paragraph',
  text: 'text',
  hardBreak: 'hardBreak',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  bold: 'bold',
  italic: 'italic',
  link: 'link',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Markdown → tree

/**
 * The tree of a Markdown answer. Constructs outside the subset keep their text the way the Word export keeps it:
 * a heading is a bold paragraph, a quote its paragraphs, code its lines; an unsafe link is its text.
 */
export function markdownToRichDoc(source: string): RichNode {
  const content = blocks(parseMarkdown(source).children).filter(isNotEmpty);
  return { type: RICH.doc, content: content.length > 0 ? content : [paragraph([])] };
}

/** Empty paragraphs (an empty code block, a lone rule…) have nothing Markdown could write back. */
const isNotEmpty = (node: RichNode) => node.type !== RICH.paragraph || (node.content ?? []).length > 0;

/**
 * A line of a paragraph neither starts nor ends with spaces, as Markdown reads any text: only code spans (read as
 * plain text here) could bring them, and Markdown could not write them back.
 */
function trimLineEdges(content: RichNode[]): RichNode[] {
  const out = content.map((node) => ({ ...node }));
  const lineEdge = (i: number, step: -1 | 1) => {
    const neighbour = out[i + step];
    return neighbour === undefined || neighbour.type === RICH.hardBreak;
  };
  out.forEach((node, i) => {
    if (node.type !== RICH.text || node.text === undefined) return;
    if (lineEdge(i, -1)) node.text = node.text.replace(/^\s+/, '');
    if (lineEdge(i, 1)) node.text = node.text.replace(/\s+$/, '');
  });
  return out.filter((node) => node.type !== RICH.text || (node.text ?? '') !== '');
}

function paragraph(content: RichNode[]): RichNode {
  // Trimming may empty an edge text and bring the next one to the edge: until nothing changes.
  for (let before = -1; before !== content.length;) {
    before = content.length;
    content = trimLineEdges(content);
  }
  // A line break ending a paragraph has no line after it (and Markdown cannot write it).
  while (content[content.length - 1]?.type === RICH.hardBreak) content = content.slice(0, -1);
  return content.length > 0 ? { type: RICH.paragraph, content } : { type: RICH.paragraph };
}

function blocks(nodes: readonly RootContent[]): RichNode[] {
  return nodes.flatMap((node) => block(node));
}

function block(node: RootContent): RichNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inline(node.children, []))];
    case 'heading':
      return [paragraph(inline(node.children, [{ type: RICH.bold }]))];
    case 'list': {
      const items: RichNode[] = node.children.map((item) => {
        const content = blocks(item.children).filter((b, i) => i === 0 || isNotEmpty(b));
        if (content[0]?.type !== RICH.paragraph) content.unshift(paragraph([]));
        return { type: RICH.listItem, content };
      });
      return [
        node.ordered === true
          ? { type: RICH.orderedList, attrs: { start: node.start ?? 1 }, content: items }
          : { type: RICH.bulletList, content: items },
      ];
    }
    case 'blockquote':
      return blocks(node.children);
    case 'code':
    case 'html':
      // Verbatim text outside the subset: its lines, without the indentation Markdown cannot keep.
      return node.value.trim() === ''
        ? []
        : [paragraph(lines(node.value.replace(/^[ \t]+|[ \t]+$/gm, ''), []))];
    case 'thematicBreak':
    case 'definition':
      return [];
    default: {
      const text = plainText(node);
      return text.trim() === '' ? [] : [paragraph(lines(text, []))];
    }
  }
}

function lines(text: string, marks: RichMark[]): RichNode[] {
  return text
    .split('\n')
    .flatMap((line, i) => [
      ...(i > 0 ? [{ type: RICH.hardBreak }] : []),
      ...(line === '' ? [] : [textNode(line, marks)]),
    ]);
}

function textNode(text: string, marks: RichMark[]): RichNode {
  return marks.length > 0 ? { type: RICH.text, text, marks } : { type: RICH.text, text };
}

function inline(nodes: readonly PhrasingContent[], marks: RichMark[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (node.value !== '') out.push(textNode(node.value.replace(/\n/g, ' '), marks));
        break;
      case 'break':
        out.push({ type: RICH.hardBreak });
        break;
      case 'strong':
        out.push(...inline(node.children, withMark(marks, { type: RICH.bold })));
        break;
      case 'emphasis':
        out.push(...inline(node.children, withMark(marks, { type: RICH.italic })));
        break;
      case 'link':
        out.push(
          ...inline(
            node.children,
            isAllowedLink(node.url) ? withMark(marks, { type: RICH.link, attrs: { href: node.url } }) : marks,
          ),
        );
        break;
      case 'delete':
        out.push(...inline(node.children, marks));
        break;
      default: {
        const text = plainText(node);
        if (text !== '') out.push(...lines(text, marks));
      }
    }
  }
  return mergeTexts(out);
}

function withMark(marks: RichMark[], mark: RichMark): RichMark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

const sameMarks = (a: readonly RichMark[] = [], b: readonly RichMark[] = []): boolean =>
  a.length === b.length && a.every((m) => b.some((n) => n.type === m.type && linkOf([n]) === linkOf([m])));

/** Adjacent texts with the same marks as one node, as ProseMirror keeps them. */
function mergeTexts(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last?.type === RICH.text && node.type === RICH.text && sameMarks(last.marks, node.marks)) {
      out[out.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    } else out.push(node);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Tree → Markdown (the canonical form)

/**
 * The canonical Markdown of a tree: paragraphs separated by a blank line; `**bold**`, `*italic*`, `[text](url)`;
 * a line break as a backslash at the end of the line; `- ` bullets and `1. ` numbers, nested items indented under
 * the text of their parent; two lists in a row told apart by their marker (`-` then `*`, `.` then `)`). Empty
 * paragraphs between blocks are dropped, and spaces at the ends of a bold or italic stretch are written outside it.
 */
export function richDocToMarkdown(doc: RichNode): string {
  return writeBlocks(doc.content ?? [], true).trimEnd();
}

function writeBlocks(nodes: readonly RichNode[], dropEmpty: boolean, firstAlternate = false): string {
  let out = '';
  let previous: RichNode | null = null;
  let alternate = false;
  for (const node of nodes) {
    const isList = node.type === RICH.bulletList || node.type === RICH.orderedList;
    alternate = isList && (previous === null ? firstAlternate : previous.type === node.type && !alternate);
    const text = isList ? writeList(node, alternate) : writeParagraph(node);
    if (dropEmpty && text === '') continue;
    if (previous !== null)
      out += previous.type === RICH.paragraph && !dropEmpty && canInterrupt(node) ? '\n' : '\n\n';
    out += text;
    previous = node;
  }
  return out;
}

/** Whether a list may start on the line after a paragraph (CommonMark: not empty, and numbered from 1). */
function canInterrupt(node: RichNode): boolean {
  if (node.type !== RICH.bulletList && node.type !== RICH.orderedList) return false;
  if (node.type === RICH.orderedList && (node.attrs?.start ?? 1) !== 1) return false;
  const first = node.content?.[0]?.content?.[0];
  return (first?.content ?? []).length > 0;
}

function writeList(list: RichNode, alternate: boolean): string {
  const ordered = list.type === RICH.orderedList;
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  return (list.content ?? [])
    .map((item, i) => {
      const marker = ordered ? `${start + i}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
      const pad = ' '.repeat(marker.length);
      // An item that opens on a nested list writes it on the marker's line (`- - a`): an empty first line would
      // not hold it.
      const content = item.content ?? [];
      const opensOnList =
        content.length > 1 && content[0]?.type === RICH.paragraph && (content[0].content ?? []).length === 0;
      // Its marker differs from the parent's, or `- - -` would read as a rule.
      const body = opensOnList
        ? writeBlocks(content.slice(1), false, !alternate)
        : writeBlocks(content, false);
      const [first = '', ...rest] = body.split('\n');
      const head = first === '' ? marker.trimEnd() : marker + first;
      return [head, ...rest.map((line) => (line === '' ? '' : pad + line))].join('\n');
    })
    .join('\n');
}

const linkOf = (marks: readonly RichMark[] = []): string | null => {
  const link = marks.find((m) => m.type === RICH.link);
  return typeof link?.attrs?.href === 'string' ? link.attrs.href : null;
};

/** The run of a paragraph: text with its bold, italic and link, or a line break. */
interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  link: string | null;
  lineBreak: boolean;
}

function runsOf(nodes: readonly RichNode[]): Run[] {
  const runs: Run[] = [];
  // A break at the end of a paragraph has no line after it, and Markdown cannot write it.
  let end = nodes.length;
  while (end > 0 && nodes[end - 1]?.type === RICH.hardBreak) end--;
  for (const node of mergeTexts(nodes.slice(0, end))) {
    if (node.type === RICH.hardBreak) {
      runs.push({ text: '', bold: false, italic: false, link: null, lineBreak: true });
      continue;
    }
    if (node.type !== RICH.text || !node.text) continue;
    const marks = node.marks ?? [];
    const run: Run = {
      text: node.text.replace(/\n/g, ' '),
      bold: marks.some((m) => m.type === RICH.bold),
      italic: marks.some((m) => m.type === RICH.italic),
      link: linkOf(marks),
      lineBreak: false,
    };
    // Emphasis cannot open before or close after a space: the spaces go outside it.
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(run.text) ?? [];
    if ((run.bold || run.italic) && (lead !== '' || trail !== '')) {
      if (lead !== '') runs.push({ ...run, text: lead, bold: false, italic: false });
      if (core !== '') runs.push({ ...run, text: core });
      if (trail !== '') runs.push({ ...run, text: trail, bold: false, italic: false });
    } else runs.push(run);
  }
  return expelPunctuation(runs);
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isPunctuation = (ch: string | undefined) => ch !== undefined && /[\p{P}\p{S}]/u.test(ch);

/**
 * Bold or italic cannot open on punctuation glued to a letter before it (`a**.b**`), nor close on punctuation glued
 * to a letter after it: that punctuation is written outside the stretch, every letter keeping its formatting.
 */
function expelPunctuation(runs: Run[]): Run[] {
  const out: Run[] = [];
  /** The character the Markdown shows next to a run: a link's bracket where the link changes. */
  const beside = (run: Run, other: Run | undefined, side: 'before' | 'after') => {
    if (other === undefined || other.lineBreak) return undefined;
    if (other.link !== run.link) return '[';
    return side === 'before' ? other.text.slice(-1) : other.text[0];
  };
  runs.forEach((run, i) => {
    if (!(run.bold || run.italic)) {
      out.push(run);
      return;
    }
    const { text } = run;
    let start = 0;
    let end = text.length;
    for (;;) {
      const ch = text[start];
      const before = start > 0 ? text[start - 1] : beside(run, out[out.length - 1], 'before');
      if (start < end && (/\s/.test(ch ?? '') || (isPunctuation(ch) && isWordChar(before)))) start++;
      else break;
    }
    for (;;) {
      const ch = text[end - 1];
      const after = end < text.length ? text[end] : beside(run, runs[i + 1], 'after');
      if (end > start && (/\s/.test(ch ?? '') || (isPunctuation(ch) && isWordChar(after)))) end--;
      else break;
    }
    const plain = { ...run, bold: false, italic: false };
    if (start > 0) out.push({ ...plain, text: text.slice(0, start) });
    if (end > start) out.push({ ...run, text: text.slice(start, end) });
    if (end < text.length) out.push({ ...plain, text: text.slice(end) });
  });
  return out;
}

/** An open bold, italic or link, innermost last. */
type Open = { kind: 'bold' } | { kind: 'italic' } | { kind: 'link'; href: string };

function wanted(run: Run): Open[] {
  const out: Open[] = [];
  if (run.link !== null) out.push({ kind: 'link', href: run.link });
  if (run.bold) out.push({ kind: 'bold' });
  if (run.italic) out.push({ kind: 'italic' });
  return out;
}

const sameOpen = (a: Open, b: Open) =>
  a.kind === b.kind && (a.kind !== 'link' || (b.kind === 'link' && a.href === b.href));

function writeParagraph(node: RichNode): string {
  let out = '';
  const stack: Open[] = [];
  const closeFrom = (depth: number) => {
    while (stack.length > depth) {
      const open = stack.pop();
      if (open?.kind === 'italic') out += '*';
      else if (open?.kind === 'bold') out += '**';
      else if (open?.kind === 'link') out += `](${writeUrl(open.href)})`;
    }
  };
  let lineStart = true;
  const runs = runsOf(node.content ?? []);
  // How many runs from here on keep a mark: the longer-lasting marks open outside, so that ending one stretch does
  // not close and reopen the others.
  const lasting = (from: number, open: Open) => {
    let n = from;
    while (n < runs.length && wanted(runs[n] as Run).some((w) => sameOpen(w, open))) n++;
    return n - from;
  };
  for (const [index, run] of runs.entries()) {
    if (run.lineBreak) {
      closeFrom(0);
      out += '\\\n';
      lineStart = true;
      continue;
    }
    const want = wanted(run);
    const keep = stack.findIndex((open) => !want.some((w) => sameOpen(w, open)));
    closeFrom(keep < 0 ? stack.length : keep);
    if (want.some((w) => w.kind === 'link') && !stack.some((open) => open.kind === 'link')) closeFrom(0);
    const toOpen = want
      .filter((w) => !stack.some((open) => sameOpen(open, w)))
      .sort((a, b) =>
        a.kind === 'link' ? -1 : b.kind === 'link' ? 1 : lasting(index, b) - lasting(index, a),
      );
    for (const w of toOpen) {
      stack.push(w);
      // `![` would open an image.
      if (w.kind === 'link' && out.endsWith('!')) out = `${out.slice(0, -1)}\\!`;
      out += w.kind === 'link' ? '[' : w.kind === 'bold' ? '**' : '*';
    }
    let text = escapeInline(run.text);
    if (lineStart) text = escapeLineStart(text.replace(/^[ \t]+/, ''));
    out += text;
    lineStart = lineStart && text === '';
  }
  closeFrom(0);
  return out.replace(/[ \t]+$/, '');
}

/** Characters that would otherwise start emphasis, links, code, autolinks, entities or escapes. */
function escapeInline(text: string): string {
  return text.replace(/[\\*_`[\]<]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A line that would otherwise read as a list item, heading, quote, fence or rule keeps its first character. */
function escapeLineStart(text: string): string {
  if (/^([-+]|#{1,6}|>)(\s|$)/.test(text) || /^(=+|-+)\s*$/.test(text) || /^(~~~|>)/.test(text)) {
    return `\\${text}`;
  }
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A link target that the parser reads back unchanged: spaces and brackets percent-encoded. */
function writeUrl(url: string): string {
  return url.replace(
    /[\s()<>\\]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * The tree as the Markdown writer sees it, for comparisons: marks in a fixed order with only what the file keeps
 * (a link's href), no marks on line breaks, adjacent texts merged. Two trees with the same comparable form are
 * written identically.
 */
export function comparableDoc(node: RichNode): RichNode {
  const out: RichNode = { type: node.type };
  if (node.type === RICH.orderedList) out.attrs = { start: node.attrs?.start ?? 1 };
  if (node.type === RICH.text) {
    out.text = node.text ?? '';
    const marks = (node.marks ?? [])
      .map((m): RichMark =>
        m.type === RICH.link ? { type: m.type, attrs: { href: linkOf([m]) } } : { type: m.type },
      )
      .sort((a, b) => a.type.localeCompare(b.type));
    if (marks.length > 0) out.marks = marks;
  }
  if (node.content && node.content.length > 0) out.content = mergeTexts(node.content.map(comparableDoc));
  return out;
}
