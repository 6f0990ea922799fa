// Renders a rich-text answer or a template guidance, read-only, exactly as the rich-text editor shows it: the
// Markdown becomes the editor's document tree (core/markdown/rich-doc.ts, from the parser the Word export uses),
// rendered with the editor's elements and classes. Raw HTML in the source is text, and links open outside the app.
import { memo, useMemo } from 'react';
import type { MouseEvent } from 'react';
import { markdownToRichDoc } from '../../../core/markdown/rich-doc.ts';
import { isAllowedLink } from '../../../core/markdown/safe-url.ts';
import { useApi } from '../../app/api-context.tsx';
import { RICH_DOC_CLASS, richDocBlocks } from './rich-doc-view.tsx';

/** Only web and mail links leave the app; anything else is shown as plain text. */
export const isSafeLink = isAllowedLink;

export const MarkdownView = memo(function MarkdownView({
  source,
  className,
}: {
  source: string;
  className?: string;
}) {
  const api = useApi();
  const doc = useMemo(() => markdownToRichDoc(source), [source]);
  const open = (event: MouseEvent<HTMLAnchorElement>, url: string) => {
    event.preventDefault();
    void api.openExternal({ url });
  };
  return <div className={`${className ?? 'markdown'} ${RICH_DOC_CLASS}`}>{richDocBlocks(doc, open)}</div>;
});
