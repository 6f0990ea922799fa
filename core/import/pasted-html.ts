// What is pasted into a rich-text answer from Word, LibreOffice or a web page, as the Markdown subset: lists, bold,
// italic and http(s)/mailto links stay; styles, images, scripts, comments, deleted tracked changes go; tables
// become paragraphs. The HTML is read by a small parser, never by a browser: nothing in it is rendered or run.
import { htmlTreeToMarkdown } from './cnil/html-to-markdown.ts';
import { parseHtml } from './cnil/html-tree.ts';
import type { HtmlElement, HtmlNode } from './cnil/html-tree.ts';

/** Pasted HTML read at most: Word writes about ten characters of markup per character of text. */
export const MAX_PASTED_HTML = 8_000_000;

/** Word marks the bullet or number it draws by hand, in front of each list paragraph, with these comments. */
const WORD_BULLET = /<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi;
/** Other conditional blocks of Word (VML shapes, Office settings): dropped whole. */
const WORD_CONDITIONAL = /<!(?:--)?\[if [^\]]*\](?:--)?>[\s\S]*?<!(?:--)?\[endif\](?:--)?>/gi;
const BULLET_TAG = 'x-word-bullet';

/** Elements whose content a reader of the pasted text never saw, or that must not come in. */
const DROPPED = new Set([
  'img',
  'picture',
  'svg',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'del',
  's',
  'strike',
]);

/** The Markdown of pasted HTML; '' when it holds no text. */
export function pastedHtmlToMarkdown(html: string): string {
  const source = html
    .slice(0, MAX_PASTED_HTML)
    .replace(WORD_BULLET, `<${BULLET_TAG}>$1</${BULLET_TAG}>`)
    .replace(WORD_CONDITIONAL, '');
  const root = parseHtml(source);
  clean(root);
  return htmlTreeToMarkdown(root);
}

const styleOf = (element: HtmlElement) => (element.attributes.get('style') ?? '').toLowerCase();

/** Removes what goes, turns styled spans into bold and italic, and Word's list paragraphs into lists, in place. */
function clean(element: HtmlElement): void {
  const kept: HtmlNode[] = [];
  for (const child of element.children) {
    if (child.type === 'text') {
      kept.push(child);
      continue;
    }
    const style = styleOf(child);
    const cls = (child.attributes.get('class') ?? '').toLowerCase();
    if (
      DROPPED.has(child.name) ||
      /display\s*:\s*none|mso-hide\s*:\s*all|mso-element\s*:\s*(comment|footnote|endnote)/.test(style) ||
      /msodel|msocommentreference|msocomtxt/.test(cls)
    ) {
      continue;
    }
    clean(child);
    kept.push(restyled(child, style));
  }
  element.children = groupWordLists(kept);
}

const element = (
  name: string,
  children: HtmlNode[],
  attributes = new Map<string, string>(),
): HtmlElement => ({
  type: 'element',
  name,
  attributes,
  children,
});

/** Bold and italic written as styles (Google Docs, Word), and Google's `<b style="font-weight:normal">` wrapper. */
function restyled(node: HtmlElement, style: string): HtmlElement {
  if (node.name === 'b' && /font-weight\s*:\s*(normal|[1-5]00)\b/.test(style))
    return element('span', node.children);
  let out = node;
  if (node.name === 'span' && /font-weight\s*:\s*(bold|bolder|[6-9]00)\b/.test(style))
    out = element('strong', [out]);
  if (node.name === 'span' && /font-style\s*:\s*italic/.test(style)) out = element('em', [out]);
  return out;
}

const WORD_LIST = /mso-list\s*:\s*l(\d+)\s+level(\d+)/;

/** Consecutive Word list paragraphs (`mso-list:l0 level2 lfo1`) as nested `ul` or `ol` lists. */
function groupWordLists(nodes: HtmlNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  // The open lists, outermost first, with the level of each.
  let stack: { level: number; list: HtmlElement }[] = [];
  for (const node of nodes) {
    const match = node.type === 'element' && node.name === 'p' ? WORD_LIST.exec(styleOf(node)) : null;
    if (node.type === 'element' && match !== null) {
      const level = Math.min(Number(match[2]), 8);
      const bullet = takeBullet(node);
      const ordered = /^[\s\u00a0]*[0-9a-zA-Z]{1,4}[.)]/.test(bullet);
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > level) stack.pop();
      let top = stack[stack.length - 1];
      if (top === undefined || top.level < level || (top.list.name === 'ol') !== ordered) {
        if (top !== undefined && top.level === level) stack.pop();
        const list = element(ordered ? 'ol' : 'ul', []);
        const parent = stack[stack.length - 1];
        const parentItem = parent?.list.children[parent.list.children.length - 1];
        if (parentItem?.type === 'element') parentItem.children.push(list);
        else out.push(list);
        top = { level, list };
        stack.push(top);
      }
      top.list.children.push(element('li', node.children));
      continue;
    }
    // Blank text between list paragraphs does not end the list.
    if (node.type === 'text' && node.value.trim() === '' && stack.length > 0) continue;
    stack = [];
    out.push(node);
  }
  return out;
}

/** The text of the hand-drawn bullet of a Word list paragraph, removed from it. */
function takeBullet(paragraph: HtmlElement): string {
  let text = '';
  paragraph.children = paragraph.children.filter((child) => {
    if (child.type === 'element' && child.name === BULLET_TAG) {
      text += textOf(child);
      return false;
    }
    return true;
  });
  return text;
}

function textOf(node: HtmlNode): string {
  return node.type === 'text' ? node.value : node.children.map(textOf).join('');
}
