// A small HTML reader for the rich text of CNIL exports: a tokenizer and a stack that builds a forgiving tree.
// It is not a browser parser: it knows the handful of rules that the tool's editors (TinyMCE, CKEditor) rely on.
import { decodeEntities } from './entities.ts';

export interface HtmlElement {
  type: 'element';
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: HtmlNode[];
}
export interface HtmlText {
  type: 'text';
  /** Decoded text, whitespace as written. */
  value: string;
}
export type HtmlNode = HtmlElement | HtmlText;

export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'start'; name: string; attributes: Map<string, string>; selfClosing: boolean }
  | { kind: 'end'; name: string };

const isLetter = (ch: string | undefined) =>
  ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
const isSpace = (ch: string | undefined) =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/** Elements whose content is never text for a reader: skipped whole. */
const RAW_TEXT = new Set(['script', 'style']);

/**
 * Splits HTML into text, start tags and end tags; comments, doctypes and processing instructions are dropped.
 * A `<` that does not open a tag, or a tag left unclosed at the end, stays text: nothing a person wrote is lost.
 * Each character is looked at a bounded number of times, so hostile input takes linear time.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let i = 0;
  // Where `</script` (or `</style`) next occurs, remembered per name: a search from a later start that does
  // not pass the remembered result has the same answer, so thousands of unclosed <script> tags do not each
  // rescan the rest of the text (850 KB of them took 32 s).
  const rawClose = new Map<string, { from: number; found: number }>();
  const findRawClose = (name: string, from: number): number => {
    const known = rawClose.get(name);
    if (known && from >= known.from && (known.found < 0 || from <= known.found)) return known.found;
    const close = new RegExp(`</${name}`, 'ig');
    close.lastIndex = from;
    const found = close.exec(html)?.index ?? -1;
    rawClose.set(name, { from, found });
    return found;
  };
  const flushText = () => {
    if (text !== '') tokens.push({ kind: 'text', text });
    text = '';
  };
  while (i < html.length) {
    const ch = html[i]!;
    if (ch !== '<') {
      const next = html.indexOf('<', i);
      const end = next < 0 ? html.length : next;
      text += html.slice(i, end);
      i = end;
      continue;
    }
    const after = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (after === '!' || after === '?') {
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const closing = after === '/';
    if (!isLetter(closing ? html[i + 2] : after)) {
      text += '<';
      i += 1;
      continue;
    }
    const tag = readTag(html, closing ? i + 2 : i + 1);
    if (tag === null) {
      // An unterminated tag: keep the rest as text rather than dropping it.
      text += html.slice(i);
      break;
    }
    flushText();
    i = tag.end;
    if (!closing && RAW_TEXT.has(tag.name)) {
      // Script and style content is code, not prose: skipped up to its end tag (itself then ignored as stray).
      // Without an end tag nothing is skipped, and the element reads as an unknown one whose text is kept.
      const found = findRawClose(tag.name, i);
      if (found >= 0) {
        i = found;
        continue;
      }
    }
    if (closing) tokens.push({ kind: 'end', name: tag.name });
    else
      tokens.push({
        kind: 'start',
        name: tag.name,
        attributes: tag.attributes,
        selfClosing: tag.selfClosing,
      });
  }
  flushText();
  return tokens;
}

interface ReadTag {
  name: string;
  attributes: Map<string, string>;
  selfClosing: boolean;
  /** Index just after the `>`. */
  end: number;
}

/** Reads a tag name and its attributes from `start` (just after `<` or `</`); null if no `>` ends it. */
function readTag(html: string, start: number): ReadTag | null {
  let i = start;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(start, i).toLowerCase();
  const attributes = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    while (isSpace(html[i])) i++;
    const ch = html[i];
    if (ch === undefined) return null;
    if (ch === '>') return { name, attributes, selfClosing, end: i + 1 };
    if (ch === '/') {
      selfClosing = html[i + 1] === '>';
      i++;
      continue;
    }
    const nameStart = i;
    while (i < html.length && !isSpace(html[i]) && !'/>='.includes(html[i]!)) i++;
    const attribute = html.slice(nameStart, i).toLowerCase();
    if (i === nameStart) {
      i++;
      continue;
    }
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(value));
  }
  return null;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose start closes an open paragraph, as in HTML. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Deeper nesting is ignored (its text is kept): no answer needs it, and it bounds the recursion of readers. */
export const MAX_HTML_DEPTH = 200;

/** Builds a tree from the tokens with a stack, closing what HTML closes implicitly (p, li) and ignoring stray ends. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: '#root', attributes: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const current = () => stack[stack.length - 1]!;
  const closeUpTo = (index: number) => {
    stack.length = index;
  };
  /** Index in the stack of the nearest open element named `name`, not crossing a `barrier` element. */
  const openIndex = (name: string, barriers: ReadonlySet<string> = new Set()): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      const element = stack[i]!;
      if (element.name === name) return i;
      if (barriers.has(element.name)) return -1;
    }
    return -1;
  };
  const LIST_BARRIERS = new Set(['ul', 'ol', 'table']);
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') {
      current().children.push({ type: 'text', value: decodeEntities(token.text) });
      continue;
    }
    if (token.kind === 'end') {
      const index = openIndex(token.name);
      if (index > 0) closeUpTo(index);
      else if (token.name === 'br' || token.name === 'p') {
        // Browsers read a stray </br> as <br> and a stray </p> as an empty paragraph: both separate text.
        current().children.push({
          type: 'element',
          name: token.name,
          attributes: new Map(),
          children: [],
        });
      }
      continue;
    }
    if (CLOSES_P.has(token.name)) {
      const p = openIndex('p', new Set(['li', 'td', 'th', 'blockquote', 'div']));
      if (p > 0) closeUpTo(p);
    }
    if (token.name === 'li') {
      const li = openIndex('li', LIST_BARRIERS);
      if (li > 0) closeUpTo(li);
    }
    if (token.name === 'tr' || token.name === 'td' || token.name === 'th') {
      const cell = Math.max(openIndex('td', new Set(['table'])), openIndex('th', new Set(['table'])));
      if (cell > 0) closeUpTo(cell);
      if (token.name === 'tr') {
        const row = openIndex('tr', new Set(['table']));
        if (row > 0) closeUpTo(row);
      }
    }
    const element: HtmlElement = {
      type: 'element',
      name: token.name,
      attributes: token.attributes,
      children: [],
    };
    if (stack.length > MAX_HTML_DEPTH) continue;
    current().children.push(element);
    if (!VOID.has(token.name) && !token.selfClosing) stack.push(element);
  }
  return root;
}
