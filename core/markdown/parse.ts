// Parses the Markdown subset of rich-text answers into an mdast tree, the one structure the Word export and the editor render.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, Root } from 'mdast';

export type { Nodes as MarkdownNode, Root as MarkdownRoot } from 'mdast';

/**
 * Constructs of CommonMark that the subset leaves out, so the parser treats their syntax as text:
 * raw HTML must stay visible text (an answer quoting `<script>` is prose, never markup), and indented
 * code would turn a paragraph that a DPO merely indented into a code block.
 */
const SUBSET = { disable: { null: ['htmlFlow', 'htmlText', 'codeIndented'] } };

/**
 * The mdast tree of a rich-text answer (paragraphs, emphasis, strong, lists, links; other nodes may appear).
 * A line break the writer typed is a line break: CommonMark's soft break (a single newline inside a paragraph,
 * which it reads as a space) becomes a `break` node, as a hard break (a backslash or two spaces before the newline) is, so
 * the editor, the read-only rendering and Word all keep the lines of an answer typed as lines.
 */
export function parseMarkdown(source: string): Root {
  const root = fromMarkdown(limitNesting(source), { extensions: [SUBSET] });
  hardenSoftBreaks(root);
  return root;
}

/** Splits every text node at its newlines into text and `break` nodes, in place. */
function hardenSoftBreaks(node: Nodes): void {
  if (!('children' in node)) return;
  const children = node.children as Nodes[];
  if (!children.some((child) => child.type === 'text' && child.value.includes('\n'))) {
    for (const child of children) hardenSoftBreaks(child);
    return;
  }
  const out: Nodes[] = [];
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      hardenSoftBreaks(child);
      out.push(child);
      continue;
    }
    child.value.split('\n').forEach((line, i) => {
      if (i > 0) out.push({ type: 'break' } satisfies PhrasingContent);
      if (line !== '') out.push({ type: 'text', value: line } satisfies PhrasingContent);
    });
  }
  (node as { children: Nodes[] }).children = out;
}

/**
 * Lists and quotes nested deeper than this are written as text. No answer needs more, and the parser's time grows
 * with the square of the depth: a hostile answer of 20,000 characters of "- - - ..." would take tens of seconds.
 */
export const MAX_NESTING = 16;

/** Escapes the container markers beyond MAX_NESTING at the start of each line; shallower text is left untouched. */
function limitNesting(source: string): string {
  if (source.length < 2 * MAX_NESTING) return source;
  let changed = false;
  const lines = source.split('\n').map((line) => {
    const limited = limitLine(line);
    changed ||= limited !== line;
    return limited;
  });
  return changed ? lines.join('\n') : source;
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** The line with a backslash before its (MAX_NESTING + 1)th container marker (>, -, *, +, 1. or 1)), if any. */
function limitLine(line: string): string {
  let depth = 0;
  let i = 0;
  while (i < line.length) {
    let j = i;
    while (j < line.length && j - i < 4 && isBlank(line[j])) j++;
    let marker = -1;
    const ch = line[j];
    if (ch === '>') marker = j;
    else if ((ch === '-' || ch === '*' || ch === '+') && isBlank(line[j + 1])) marker = j;
    else if (isDigit(ch)) {
      let k = j;
      while (k < line.length && k - j < 9 && isDigit(line[k])) k++;
      if ((line[k] === '.' || line[k] === ')') && isBlank(line[k + 1])) marker = k;
    }
    if (marker < 0) return line;
    if (++depth > MAX_NESTING) return `${line.slice(0, marker)}\\${line.slice(marker)}`;
    i = marker + 1;
  }
  return line;
}

/** Nodes whose children are blocks, written one per line; the others hold inline content, written together. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  'root',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
]);

/** The text a reader sees in a node, without formatting; blocks are separated by line breaks. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default: {
      if (!('children' in node)) return '';
      const parts = (node.children as Nodes[]).map(plainText);
      return parts.join(BLOCK_CONTAINERS.has(node.type) ? '\n' : '');
    }
  }
}

/** The plain text of a Markdown source, e.g. for word counts, titles and search. */
export function markdownToPlainText(source: string): string {
  return plainText(parseMarkdown(source)).trim();
}
