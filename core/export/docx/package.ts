// Packs the compiled Word parts into reproducible bytes: fixed relationship ids, the document's own dates, fixed zip times.
import { Packer } from 'docx';
import type { File } from 'docx';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { safeXmlText } from './safe-text.ts';
import { FONT } from './styles.ts';
import { encodeWithRawRows } from './raw-rows.ts';
import { captionTables } from './table-captions.ts';
import type { RawRowRegistry } from './raw-rows.ts';

/** What the package's properties say beside what docx writes: dates, language, application, organisation. */
export interface PackageProperties {
  /** ISO 8601 instants of the document (meta.createdAt, meta.modifiedAt), never the time of the export. */
  created: string;
  modified: string;
  /** BCP 47 tag of the document, e.g. fr-FR. */
  language: string;
  application: string;
  company: string;
}

type Parts = Map<string, string | Uint8Array>;

interface Compiler {
  compile(file: File, prettify?: undefined, overrides?: readonly unknown[]): Parts;
}

/**
 * The parts docx would zip, by path, in its order. docx keeps its compiler private; when a later version hides it,
 * the packed file is unzipped instead, which costs one more inflate and deflate but gives the same parts.
 */
async function compiledParts(file: File): Promise<Parts> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (compiler !== undefined && typeof compiler.compile === 'function') return compiler.compile(file);
  const { unzipSync } = await import('fflate');
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file));
  return new Map(Object.entries(unzipSync(bytes)));
}

const text = (part: string | Uint8Array | undefined): string | undefined =>
  part === undefined ? undefined : typeof part === 'string' ? part : new TextDecoder().decode(part);

/**
 * docx names the relationships of hyperlinks with random ids (rIdx7…); they become rId1001, rId1002… in the order the
 * relationships file lists them, in the part and its relationships alike.
 */
function fixRelationshipIds(parts: Parts): void {
  let next = 1001;
  for (const [path, data] of parts) {
    const match = /^(.*)_rels\/([^/]+)\.rels$/.exec(path);
    if (match === null) continue;
    const rels = text(data);
    const partPath = `${match[1]}${match[2]}`;
    const part = text(parts.get(partPath));
    if (rels === undefined || part === undefined) continue;
    const renamed = new Map<string, string>();
    const fixedRels = rels.replace(/Id="(rId[^"]*)"/g, (whole, id: string) => {
      if (/^rId\d+$/.test(id)) return whole;
      const fixed = `rId${next++}`;
      renamed.set(id, fixed);
      return `Id="${fixed}"`;
    });
    if (renamed.size === 0) continue;
    parts.set(path, fixedRels);
    parts.set(
      partPath,
      part.replace(/r:id="(rId[^"]*)"/g, (whole, id: string) => {
        const fixed = renamed.get(id);
        return fixed === undefined ? whole : `r:id="${fixed}"`;
      }),
    );
  }
}

/**
 * docx numbers bookmarks from a counter shared by every document the process builds, so the second export of a
 * document would get other numbers; they are numbered again from 1 in the order of the document, _Toc names alike.
 */
function fixBookmarks(parts: Parts): void {
  const document = text(parts.get('word/document.xml'));
  if (document === undefined) return;
  const ids = new Map<string, string>();
  for (const m of document.matchAll(/<w:bookmarkStart w:name="[^"]*" w:id="(\d+)"/g)) {
    const id = m[1] ?? '';
    if (!ids.has(id)) ids.set(id, String(ids.size + 1));
  }
  if (ids.size === 0) return;
  parts.set(
    'word/document.xml',
    document
      .replace(
        /(<w:bookmark(?:Start w:name="[^"]*"|End)) w:id="(\d+)"/g,
        (whole, start: string, id: string) => {
          const fixed = ids.get(id);
          return fixed === undefined ? whole : `${start} w:id="${fixed}"`;
        },
      )
      .replace(/_Toc(\d+)\b/g, (whole, id: string) => {
        const fixed = ids.get(id);
        return fixed === undefined ? whole : `_Toc${fixed}`;
      }),
  );
}

/** An instant to the second, as W3CDTF wants it; an unreadable one becomes the start of the epoch, never "now". */
function w3cdtf(value: string): string {
  const time = Date.parse(value);
  return new Date(Number.isNaN(time) ? 0 : time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function fixCoreProperties(parts: Parts, props: PackageProperties): void {
  const core = text(parts.get('docProps/core.xml'));
  if (core === undefined) return;
  const language = `<dc:language>${safeXmlText(props.language)}</dc:language>`;
  parts.set(
    'docProps/core.xml',
    core
      .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${w3cdtf(props.created)}`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${w3cdtf(props.modified)}`)
      .replace(/<dc:language>[^<]*<\/dc:language>/, '')
      .replace('</cp:coreProperties>', `${language}</cp:coreProperties>`),
  );
}

function appProperties(props: PackageProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${safeXmlText(props.application)}</Application>` +
    '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<Company>${safeXmlText(props.company)}</Company>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>' +
    '</Properties>'
  );
}

/** The fonts the document uses, with Carlito as the metric-compatible alternative LibreOffice substitutes. */
function fontTable(existing: string): string {
  const fonts =
    `<w:font w:name="${FONT}"><w:altName w:val="Carlito"/><w:panose1 w:val="020F0502020204030204"/>` +
    '<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>' +
    '<w:font w:name="Symbol"><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>';
  if (existing.includes('<w:font ')) return existing;
  return existing.replace(/<w:fonts([^>]*)\/>/, `<w:fonts$1>${fonts}</w:fonts>`);
}

/** docx bases character styles on DefaultParagraphFont without defining it; Word's own definition is added. */
const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
  '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

function fixStyles(parts: Parts): void {
  const styles = text(parts.get('word/styles.xml'));
  if (styles === undefined || styles.includes('w:styleId="DefaultParagraphFont"')) return;
  parts.set('word/styles.xml', styles.replace('</w:styles>', `${DEFAULT_PARAGRAPH_FONT}</w:styles>`));
}

/**
 * The zip entries' time: the day the document was last modified, at midnight. fflate reads it in local time, so it
 * is built in local time and gives the same bytes in every time zone.
 */
function zipTime(modified: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(modified);
  const year = Math.max(1980, Number(match?.[1] ?? 1980));
  return new Date(year, Number(match?.[2] ?? 1) - 1, Number(match?.[3] ?? 1));
}

/** The same document and options give the same bytes: nothing here depends on the clock or on chance. */
export async function packDeterministic(
  file: File,
  props: PackageProperties,
  rawRows: RawRowRegistry = new Map(),
): Promise<Uint8Array> {
  const parts = await compiledParts(file);
  fixRelationshipIds(parts);
  fixBookmarks(parts);
  const body = text(parts.get('word/document.xml'));
  // The raw rows go in last, as UTF-8 bytes: the document's XML of 5,000 cameras never becomes one string.
  if (body !== undefined) parts.set('word/document.xml', encodeWithRawRows(captionTables(body), rawRows));
  fixCoreProperties(parts, props);
  parts.set('docProps/app.xml', appProperties(props));
  const fonts = text(parts.get('word/fontTable.xml'));
  if (fonts !== undefined) parts.set('word/fontTable.xml', fontTable(fonts));
  fixStyles(parts);
  const encoder = new TextEncoder();
  const mtime = zipTime(props.modified);
  const zippable: Zippable = {};
  for (const [path, data] of parts) {
    zippable[path] = [typeof data === 'string' ? encoder.encode(data) : data, { mtime }];
    parts.delete(path);
  }
  return zipSync(zippable, { level: 6 });
}
