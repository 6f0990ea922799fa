// Renders a rich-text answer or a template guidance from its Markdown AST (the same tree the Word export uses) as
// React elements. No HTML string is ever built: raw HTML in the source is text, and links open outside the app.
import { memo, useMemo } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { parseMarkdown } from '../../../core/markdown/parse.ts';
import type { MarkdownNode } from '../../../core/markdown/parse.ts';
import { useApi } from '../../app/api-context.tsx';

/** Only web and mail links leave the app; anything else is shown as plain text. */
export function isSafeLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export const MarkdownView = memo(function MarkdownView({
  source,
  className,
}: {
  source: string;
  className?: string;
}) {
  const api = useApi();
  const root = useMemo(() => parseMarkdown(source), [source]);
  const open = (event: MouseEvent<HTMLAnchorElement>, url: string) => {
    event.preventDefault();
    void api.openExternal({ url });
  };
  return <div className={className ?? 'markdown'}>{renderChildren(root.children, open)}</div>;
});

type OpenLink = (event: MouseEvent<HTMLAnchorElement>, url: string) => void;

function renderChildren(nodes: readonly MarkdownNode[], open: OpenLink): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, open));
}

function renderNode(node: MarkdownNode, key: number, open: OpenLink): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'paragraph':
      return <p key={key}>{renderChildren(node.children, open)}</p>;
    case 'strong':
      return <strong key={key}>{renderChildren(node.children, open)}</strong>;
    case 'emphasis':
      return <em key={key}>{renderChildren(node.children, open)}</em>;
    case 'break':
      return <br key={key} />;
    case 'list':
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined}>
          {renderChildren(node.children, open)}
        </ol>
      ) : (
        <ul key={key}>{renderChildren(node.children, open)}</ul>
      );
    case 'listItem':
      // A tight list item holds paragraphs that read as lines, not spaced blocks.
      return (
        <li key={key}>
          {node.spread
            ? renderChildren(node.children, open)
            : node.children.flatMap((child, i) =>
                child.type === 'paragraph'
                  ? renderChildren(child.children, open)
                  : [renderNode(child, i, open)],
              )}
        </li>
      );
    case 'link':
      return isSafeLink(node.url) ? (
        <a key={key} href={node.url} onClick={(event) => open(event, node.url)} rel="noreferrer">
          {renderChildren(node.children, open)}
        </a>
      ) : (
        <span key={key}>{renderChildren(node.children, open)}</span>
      );
    case 'heading':
      return (
        <p key={key} className="markdown-heading">
          <strong>{renderChildren(node.children, open)}</strong>
        </p>
      );
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node.children, open)}</blockquote>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
    case 'html':
      return (
        <p key={key} className="markdown-verbatim">
          {node.value}
        </p>
      );
    case 'thematicBreak':
      return <hr key={key} />;
    case 'delete':
      return <s key={key}>{renderChildren(node.children, open)}</s>;
    case 'image':
      // Never load anything: show what the image is called.
      return node.alt ?? '';
    default:
      return 'children' in node ? (
        <span key={key}>{renderChildren(node.children as MarkdownNode[], open)}</span>
      ) : null;
  }
}
