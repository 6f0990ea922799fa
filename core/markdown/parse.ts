// Parses the Markdown subset of rich-text answers into an mdast tree, the one structure the Word export and the editor render.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';

export type { Nodes as MarkdownNode, Root as MarkdownRoot } from 'mdast';

/**
 * Constructs of CommonMark that the subset leaves out, so the parser treats their syntax as text:
 * raw HTML must stay visible text (an answer quoting `<script>` is prose, never markup), and indented
 * code would turn a paragraph that a DPO merely indented into a code block.
 */
const SUBSET = { disable: { null: ['htmlFlow', 'htmlText', 'codeIndented'] } };

/** The mdast tree of a rich-text answer (paragraphs, emphasis, strong, lists, links; other nodes may appear). */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: [SUBSET] });
}

/** Nodes whose children are blocks, written one per line; the others hold inline content, written together. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow']);

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
