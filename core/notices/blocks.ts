// The notices' content as plain data (headings, paragraphs, lists, a table), written once and laid out twice:
// in Word and in HTML. Rich-text answers enter it through their Markdown tree; French typography is applied here.
import type { PhrasingContent, RootContent } from 'mdast';
import { frenchTypographyParts } from '../markdown/french-typography.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import type { Language } from '../model/localized.ts';

/** A stretch of a paragraph. A placeholder stands for a missing fact and is shown highlighted. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { kind: 'placeholder'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[]; role?: 'lead' | 'note' }
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  | {
      kind: 'table';
      caption: string;
      headers: string[];
      rows: string[][];
      /** Columns whose cells are numbers, aligned right. */
      numeric: number[];
    };

export const text = (value: string, marks: { bold?: boolean; italic?: boolean } = {}): Inline => ({
  kind: 'text',
  text: value,
  ...marks,
});
export const placeholder = (value: string): Inline => ({ kind: 'placeholder', text: value });
export const paragraph = (content: Inline[], role?: 'lead' | 'note'): Block =>
  role ? { kind: 'paragraph', content, role } : { kind: 'paragraph', content };

/** Links a reader can follow; any other scheme is written as text. */
const LINK = /^(https?:\/\/|mailto:)/iu;

/** The blocks of a rich-text answer: paragraphs, lists, bold, italic and links; anything else as text. */
export function markdownBlocks(source: string): Block[] {
  const out: Block[] = [];
  for (const node of parseMarkdown(source).children) pushBlock(node, out);
  return out;
}

function pushBlock(node: RootContent, out: Block[]): void {
  switch (node.type) {
    case 'paragraph':
      out.push(paragraph(inlines(node.children, {})));
      return;
    case 'heading':
      out.push(paragraph(inlines(node.children, { bold: true })));
      return;
    case 'list':
      out.push({
        kind: 'list',
        ordered: node.ordered === true,
        items: node.children.map((item) => {
          const blocks: Block[] = [];
          for (const child of item.children) pushBlock(child, blocks);
          return blocks;
        }),
      });
      return;
    case 'blockquote':
      for (const child of node.children) pushBlock(child, out);
      return;
    case 'code':
    case 'html':
      out.push(paragraph([text(node.value)]));
      return;
    case 'thematicBreak':
      return;
    default:
      if ('children' in node) for (const child of node.children as RootContent[]) pushBlock(child, out);
      else if ('value' in node && typeof node.value === 'string') out.push(paragraph([text(node.value)]));
  }
}

function inlines(nodes: readonly PhrasingContent[], marks: { bold?: boolean; italic?: boolean }): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        out.push(text(node.value, marks));
        break;
      case 'break':
        out.push(text('\n', marks));
        break;
      case 'strong':
        out.push(...inlines(node.children, { ...marks, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlines(node.children, { ...marks, italic: true }));
        break;
      case 'link': {
        const label = inlines(node.children, marks)
          .map((i) => i.text)
          .join('');
        out.push(LINK.test(node.url) ? { kind: 'link', text: label, href: node.url } : text(label, marks));
        break;
      }
      default:
        if ('children' in node) out.push(...inlines(node.children, marks));
        else if ('value' in node && typeof node.value === 'string') out.push(text(node.value, marks));
    }
  }
  return out;
}

/** French typography on every paragraph of French blocks (links kept verbatim); English blocks are unchanged. */
export function typeset(blocks: readonly Block[], language: Language): Block[] {
  if (language !== 'fr') return [...blocks];
  const line = (content: Inline[]): Inline[] => {
    const texts = frenchTypographyParts(content.map((i) => ({ text: i.text, verbatim: i.kind === 'link' })));
    return content.map((i, k) => ({ ...i, text: texts[k] ?? i.text }));
  };
  const one = (value: string): string => frenchTypographyParts([{ text: value }])[0] ?? value;
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, content: line(block.content) };
      case 'list':
        return { ...block, items: block.items.map((item) => typeset(item, language)) };
      case 'table':
        return {
          ...block,
          caption: one(block.caption),
          headers: block.headers.map(one),
          rows: block.rows.map((row) => row.map(one)),
        };
    }
  });
}

/** The text of some inlines, for titles and tests. */
export const plain = (content: readonly Inline[]): string => content.map((i) => i.text).join('');
