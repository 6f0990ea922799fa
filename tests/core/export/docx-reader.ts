// Opens an exported .docx the way a reader's tools do: mammoth for the text and HTML, the zip for the XML parts.
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';

export interface OpenedDocx {
  /** The text mammoth reads, with no-break spaces turned into plain ones to compare with typed text. */
  text: string;
  html: string;
  /** Every XML part of the package, by path (word/document.xml, docProps/core.xml...). */
  parts: Record<string, string>;
  /** The tables of the HTML that contain a text, each as rows of cell texts. */
  tables(containing: string): string[][][];
  /** The first table that contains a text. */
  table(containing: string): string[][];
}

/** Plain spaces for the no-break ones, single spaces for runs of them: what a reader sees as a space. */
export const normalise = (s: string): string => s.replace(/[\u00A0\u202F\s]+/g, ' ').trim();

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const buffer = Buffer.from(bytes);
  const [raw, html] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = strFromU8(data);
  }
  const tables = [...html.value.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1] ?? '');
  const tablesContaining = (containing: string) =>
    tables
      .filter((t) => normalise(decode(t)).includes(containing))
      .map((t) =>
        [...t.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
          [...(row[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) =>
            normalise(decode(cell[1] ?? '')),
          ),
        ),
      );
  return {
    text: normalise(raw.value),
    html: html.value,
    parts,
    tables: tablesContaining,
    table(containing) {
      const found = tablesContaining(containing)[0];
      if (found === undefined) throw new Error(`no table contains "${containing}"`);
      return found;
    },
  };
}

/** All the XML of the parts whose path starts with a prefix, e.g. every header. */
export function partsStartingWith(opened: OpenedDocx, prefix: string): string {
  return Object.entries(opened.parts)
    .filter(([name]) => name.startsWith(prefix))
    .map(([, xml]) => xml)
    .join('\n');
}
