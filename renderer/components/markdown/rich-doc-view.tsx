// The read-only rendering of a rich-text answer: the editor's document tree rendered as the editor's schema renders
// it (the same elements, attributes and classes), so that a reviewer sees exactly what the writer saw. No HTML
// string is ever built, and links open outside the app.
import { Fragment } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { RICH } from '../../../core/markdown/rich-doc.ts';
import type { RichMark, RichNode } from '../../../core/markdown/rich-doc.ts';
import { isAllowedLink } from '../../../core/markdown/safe-url.ts';

/** The class of the editor's editable element and of this rendering: one stylesheet for both. */
export const RICH_DOC_CLASS = 'rich-doc';

export type OpenLink = (event: MouseEvent<HTMLAnchorElement>, url: string) => void;

/** The blocks of a document (the children of the editor's editable element). */
export function richDocBlocks(doc: RichNode, open: OpenLink): ReactNode[] {
  return (doc.content ?? []).map((node, i) => block(node, i, open));
}

function block(node: RichNode, key: number, open: OpenLink): ReactNode {
  const children = node.content ?? [];
  switch (node.type) {
    case RICH.paragraph:
      return <p key={key}>{children.length > 0 ? inline(children, 0, open) : <br />}</p>;
    case RICH.bulletList:
      return <ul key={key}>{children.map((c, i) => block(c, i, open))}</ul>;
    case RICH.orderedList: {
      const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
      return (
        <ol key={key} start={start !== 1 ? start : undefined}>
          {children.map((c, i) => block(c, i, open))}
        </ol>
      );
    }
    case RICH.listItem:
      return <li key={key}>{children.map((c, i) => block(c, i, open))}</li>;
    default:
      return null;
  }
}

/** Mark levels, outermost first, in the order of the editor's schema (the link, then bold, then italic). */
const LEVELS = [RICH.link, RICH.bold, RICH.italic] as const;

const markAt = (node: RichNode, level: number): RichMark | undefined =>
  node.marks?.find((m) => m.type === LEVELS[level]);
const hrefOf = (mark: RichMark | undefined) =>
  typeof mark?.attrs?.href === 'string' ? mark.attrs.href : null;

/** Inline nodes, consecutive nodes sharing a mark wrapped in one element, as ProseMirror's serializer does. */
function inline(nodes: readonly RichNode[], level: number, open: OpenLink): ReactNode[] {
  if (level >= LEVELS.length) {
    return nodes.map((node, i) =>
      node.type === RICH.hardBreak ? <br key={i} /> : <Fragment key={i}>{node.text ?? ''}</Fragment>,
    );
  }
  const out: ReactNode[] = [];
  for (let i = 0; i < nodes.length;) {
    const first = nodes[i] as RichNode;
    const mark = first.type === RICH.hardBreak ? undefined : markAt(first, level);
    let j = i + 1;
    while (j < nodes.length) {
      const next = nodes[j] as RichNode;
      const nextMark = next.type === RICH.hardBreak ? undefined : markAt(next, level);
      if ((mark === undefined) !== (nextMark === undefined) || hrefOf(mark) !== hrefOf(nextMark)) break;
      j++;
    }
    const group = inline(nodes.slice(i, j), level + 1, open);
    const key = out.length;
    if (mark === undefined) out.push(<Fragment key={key}>{group}</Fragment>);
    else if (mark.type === RICH.bold) out.push(<strong key={key}>{group}</strong>);
    else if (mark.type === RICH.italic) out.push(<em key={key}>{group}</em>);
    else {
      const href = hrefOf(mark);
      out.push(
        href !== null && isAllowedLink(href) ? (
          <a key={key} rel="noreferrer" href={href} onClick={(event) => open(event, href)}>
            {group}
          </a>
        ) : (
          <Fragment key={key}>{group}</Fragment>
        ),
      );
    }
    i = j;
  }
  return out;
}
