// Rich-text answers to Word: the mdast tree of the Markdown subset becomes paragraphs, runs, lists and links.
import { ExternalHyperlink, Paragraph, TextRun, convertMillimetersToTwip } from 'docx';
import { safeUrl } from '../../markdown/safe-url.ts';
import type { ParagraphChild } from 'docx';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown, plainText } from '../../markdown/parse.ts';
import type { ExportContext } from './context.ts';
import { isRightToLeft } from './safe-text.ts';
import { MAX_LIST_LEVEL, NUMBERING, STYLE } from './styles.ts';

export interface RichTextOptions {
  /** Paragraph style of the text, e.g. the table text style inside a cell. */
  style?: string;
}

/** A stretch of a paragraph with one formatting, before it becomes a run. */
interface Piece {
  text: string;
  bold: boolean;
  italics: boolean;
  code: boolean;
  lineBreak: boolean;
  link: string | null;
}

interface Marks {
  bold: boolean;
  italics: boolean;
  link: string | null;
}

interface ListPosition {
  reference: string;
  level: number;
  instance: number;
}

interface BlockState {
  /** Left indent added by block quotes and by the paragraphs of list items after their first. */
  indent: number;
  list: ListPosition | null;
}

const MONOSPACE = 'Consolas';
const INDENT_STEP = convertMillimetersToTwip(6);
/** Quotes in quotes stop moving right here, so deep nesting cannot push text off the page. */
const MAX_INDENT = INDENT_STEP * MAX_LIST_LEVEL;

/** The paragraphs of a Markdown-subset text; none when it has nothing a reader would see. */
export function richText(ctx: ExportContext, source: string, options: RichTextOptions = {}): Paragraph[] {
  const out: Paragraph[] = [];
  if (source.trim() === '') return out;
  const root = parseMarkdown(source);
  if (plainText(root).trim() === '') return out;
  for (const node of root.children) renderBlock(ctx, node, options, { indent: 0, list: null }, out);
  return out;
}

function renderBlock(
  ctx: ExportContext,
  node: RootContent,
  options: RichTextOptions,
  state: BlockState,
  out: Paragraph[],
): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      out.push(renderParagraph(ctx, node.children, options, state, node.type === 'heading'));
      return;
    case 'list':
      renderList(ctx, node.ordered === true, node.children, options, state, out);
      return;
    case 'blockquote':
      for (const child of node.children) {
        renderBlock(
          ctx,
          child,
          options,
          { ...state, indent: Math.min(state.indent + INDENT_STEP, MAX_INDENT), list: null },
          out,
        );
      }
      return;
    case 'code':
      out.push(
        new Paragraph({
          style: options.style,
          indent: state.indent > 0 ? { left: state.indent } : undefined,
          children: ctx
            .text(node.value)
            .split('\n')
            .map((line, i) => new TextRun({ text: line, font: MONOSPACE, break: i > 0 ? 1 : 0 })),
        }),
      );
      return;
    case 'thematicBreak':
      out.push(new Paragraph({ style: options.style, thematicBreak: true, children: [] }));
      return;
    case 'definition':
      return;
    default: {
      // Constructs outside the subset (HTML, tables from extensions...) keep their text.
      const text = plainText(node);
      if (text.trim() !== '')
        out.push(new Paragraph({ style: options.style, children: [new TextRun(ctx.text(text))] }));
    }
  }
}

function renderList(
  ctx: ExportContext,
  ordered: boolean,
  items: readonly Nodes[],
  options: RichTextOptions,
  state: BlockState,
  out: Paragraph[],
): void {
  const level = state.list === null ? 0 : Math.min(state.list.level + 1, MAX_LIST_LEVEL);
  const position: ListPosition = {
    reference: ordered ? NUMBERING.ordered : NUMBERING.bullet,
    level,
    instance: ctx.nextListInstance(),
  };
  for (const item of items) {
    if (item.type !== 'listItem') continue;
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') {
        renderList(ctx, child.ordered === true, child.children, options, { ...state, list: position }, out);
        continue;
      }
      // The first paragraph of an item carries the bullet; the next ones line up with its text.
      const childState: BlockState = first
        ? { ...state, list: position }
        : { ...state, list: null, indent: Math.min(state.indent + INDENT_STEP * (level + 1), MAX_INDENT) };
      renderBlock(ctx, child, options, childState, out);
      first = false;
    }
    if (first) out.push(listParagraph(options, position, []));
  }
}

function listParagraph(options: RichTextOptions, list: ListPosition, children: ParagraphChild[]): Paragraph {
  return new Paragraph({
    style: options.style,
    numbering: { reference: list.reference, level: list.level, instance: list.instance },
    children,
  });
}

function renderParagraph(
  ctx: ExportContext,
  children: readonly PhrasingContent[],
  options: RichTextOptions,
  state: BlockState,
  strong: boolean,
): Paragraph {
  const pieces: Piece[] = [];
  collectPieces(children, { bold: strong, italics: false, link: null }, pieces);
  const texts = ctx.textParts(pieces.map((p) => ({ text: p.text, verbatim: p.code || p.lineBreak })));
  const runs = toParagraphChildren(pieces.map((p, i) => ({ ...p, text: texts[i] ?? '' })));
  const rtl = isRightToLeft(texts.join(''));
  const indent = state.indent > 0 ? { left: state.indent } : undefined;
  if (state.list !== null) {
    return new Paragraph({
      style: options.style,
      bidirectional: rtl || undefined,
      numbering: { reference: state.list.reference, level: state.list.level, instance: state.list.instance },
      children: runs,
    });
  }
  return new Paragraph({ style: options.style, bidirectional: rtl || undefined, indent, children: runs });
}

function collectPieces(nodes: readonly PhrasingContent[], marks: Marks, out: Piece[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // parseMarkdown has made every line break a `break` node: a newline left here is not the writer's.
        out.push(piece(node.value.replace(/\n/g, ' '), marks));
        break;
      case 'strong':
        collectPieces(node.children, { ...marks, bold: true }, out);
        break;
      case 'emphasis':
        collectPieces(node.children, { ...marks, italics: true }, out);
        break;
      case 'delete':
        collectPieces(node.children, marks, out);
        break;
      case 'inlineCode':
        out.push({ ...piece(node.value, marks), code: true });
        break;
      case 'break':
        out.push({ ...piece('\n', marks), lineBreak: true });
        break;
      case 'link':
        collectPieces(node.children, { ...marks, link: safeUrl(node.url) }, out);
        break;
      case 'image':
        out.push(piece(node.alt ?? '', marks));
        break;
      default:
        out.push(piece(plainText(node), marks));
    }
  }
}

function piece(text: string, marks: Marks): Piece {
  return { text, bold: marks.bold, italics: marks.italics, link: marks.link, code: false, lineBreak: false };
}

function toRun(p: Piece): TextRun {
  if (p.lineBreak) return new TextRun({ break: 1 });
  return new TextRun({
    text: p.text,
    bold: p.bold || undefined,
    italics: p.italics || undefined,
    font: p.code ? MONOSPACE : undefined,
    style: p.link === null ? undefined : 'Hyperlink',
  });
}

/** Runs, with consecutive pieces of one link grouped in a hyperlink. */
function toParagraphChildren(pieces: readonly Piece[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < pieces.length;) {
    const p = pieces[i];
    if (p === undefined) break;
    if (p.link === null) {
      if (p.text !== '' || p.lineBreak) out.push(toRun(p));
      i++;
      continue;
    }
    const link = p.link;
    const runs: TextRun[] = [];
    while (i < pieces.length && pieces[i]?.link === link) {
      const q = pieces[i];
      if (q !== undefined && (q.text !== '' || q.lineBreak)) runs.push(toRun(q));
      i++;
    }
    out.push(new ExternalHyperlink({ link, children: runs }));
  }
  return out;
}

/** Rich text for a table cell, with a dash when it is empty so the cell does not look forgotten. */
export function richCell(ctx: ExportContext, source: string, style: string = STYLE.tableText): Paragraph[] {
  const out = richText(ctx, source, { style });
  return out.length > 0 ? out : [new Paragraph({ style, children: [new TextRun(ctx.labels.dash)] })];
}
