// The web notice as one plain HTML page: no script, no external resource, minimal inline CSS, every text escaped.
import { safeXmlText } from '../export/docx/safe-text.ts';
import type { Block, Inline } from './blocks.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a text for HTML content and for quoted attribute values. What XML 1.0 forbids (C0 controls other than
 * tab and line feed, lone surrogates, U+FFFE/U+FFFF) is dropped first, as in the Word export, so no answer can
 * break the page; line breaks become \n.
 */
export function escapeHtml(value: string): string {
  return safeXmlText(value).replace(/[&<>"']/gu, (ch) => ESCAPES[ch] ?? ch);
}

/** Readable on a phone and in print, high contrast; placeholders stand out. */
const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;max-width:46rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.8rem;color:#1f3864;line-height:1.2}
h2{font-size:1.35rem;color:#1f3864;margin-top:2rem;border-bottom:1px solid #b4bcc8}
h3{font-size:1.1rem;color:#1f3864}
.lead{font-size:1.15rem;font-weight:600}
.note{color:#4a4a4a}
a{color:#1f4e9a}
mark{background:#ffeb3b;color:#000;font-weight:700;padding:0 .15em}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{border:1px solid #b4bcc8;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#dce3ee}
th[scope=row]{background:#fff;font-weight:600}
td.number,th.number{text-align:right}
`
  .trim()
  .replace(/\n/gu, '');

function inline(item: Inline): string {
  switch (item.kind) {
    case 'placeholder':
      return `<mark>${escapeHtml(item.text)}</mark>`;
    case 'link':
      return `<a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a>`;
    case 'text': {
      let html = escapeHtml(item.text).replace(/\n/gu, '<br>');
      if (item.italic) html = `<em>${html}</em>`;
      if (item.bold) html = `<strong>${html}</strong>`;
      return html;
    }
  }
}

const inlines = (content: readonly Inline[]): string => content.map(inline).join('');

function block(item: Block): string {
  switch (item.kind) {
    case 'heading':
      return `<h${item.level}>${inlines(item.content)}</h${item.level}>`;
    case 'paragraph':
      return item.role
        ? `<p class="${item.role}">${inlines(item.content)}</p>`
        : `<p>${inlines(item.content)}</p>`;
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      const items = item.items.map((blocks) => `<li>${listItem(blocks)}</li>`).join('\n');
      return `<${tag}>\n${items}\n</${tag}>`;
    }
    case 'table': {
      const cls = (column: number) => (item.numeric.includes(column) ? ' class="number"' : '');
      const head = item.headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
      const rows = item.rows
        .map(
          (row) =>
            `<tr>${row
              .map((cell, i) =>
                i === 0
                  ? `<th scope="row">${escapeHtml(cell)}</th>`
                  : `<td${cls(i)}>${escapeHtml(cell)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table>\n<caption>${escapeHtml(item.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

/** A list item of one paragraph is written without <p>, as a reader expects; longer ones keep their blocks. */
function listItem(blocks: readonly Block[]): string {
  const [only] = blocks;
  if (blocks.length === 1 && only?.kind === 'paragraph' && !only.role) return inlines(only.content);
  return blocks.map(block).join('\n');
}

/** A complete, standalone HTML page. */
export function renderHtmlPage(page: { title: string; language: string; blocks: readonly Block[] }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(page.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...page.blocks.map(block),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
