// What a file is, from its first bytes and (for a ZIP) its entry names: a pure function used wherever the user hands
// the app a file of a given kind, so that a Word document chosen as CSV or as an assessment is named as such in one
// sentence instead of failing deep inside a parser.
import { zipEntryNames } from './unzip-within-limits.ts';

export type FileKind =
  | 'dpia'
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'docx'
  | 'doc'
  | 'odt'
  | 'pptx'
  | 'office'
  | 'pdf'
  | 'image'
  | 'zip'
  | 'binary'
  | 'text';

/** Spreadsheets that are not .xlsx: the user can save them as .xlsx or CSV. */
export const OTHER_SPREADSHEETS: readonly FileKind[] = ['xls', 'ods'];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const utf16 = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0, to = bytes.length): number {
  const first = needle[0];
  const end = Math.min(to, bytes.length) - needle.length;
  for (let i = from; i <= end; i++) {
    if (bytes[i] === first && needle.every((b, j) => bytes[i + j] === b)) return i;
  }
  return -1;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  ascii('GIF87a'),
  ascii('GIF89a'),
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];
/** How far text may be from the start to count: a PDF's header may follow a little junk. */
const HEAD = 1024;
const TEXT_SAMPLE = 8192;

function zipKind(bytes: Uint8Array): FileKind {
  // OpenDocument files start with an uncompressed `mimetype` entry naming their kind.
  const mime = indexOf(bytes, ascii('application/vnd.oasis.opendocument.'), 0, 256);
  if (mime >= 0) {
    const rest = new TextDecoder('latin1').decode(bytes.subarray(mime + 35, mime + 50));
    if (rest.startsWith('spreadsheet')) return 'ods';
    if (rest.startsWith('text')) return 'odt';
  }
  const names = zipEntryNames(bytes);
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (names.includes('manifest.json') && names.includes('assessment.json')) return 'dpia';
  if (has('xl/')) return 'xlsx';
  if (has('word/')) return 'docx';
  if (has('ppt/')) return 'pptx';
  return 'zip';
}

function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true; // UTF-16 with BOM
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control * 100 <= sample.length;
}

/** What the bytes are. An empty file is text (an empty CSV). */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes);
  if (startsWith(bytes, OLE2)) {
    // Old Office files are compound files whose directory names their main stream.
    if (indexOf(bytes, utf16('WordDocument')) >= 0) return 'doc';
    if (indexOf(bytes, utf16('Workbook')) >= 0 || indexOf(bytes, utf16('Book')) >= 0) return 'xls';
    return 'office';
  }
  if (indexOf(bytes, ascii('%PDF-'), 0, HEAD) >= 0) return 'pdf';
  if (IMAGES.some((magic) => startsWith(bytes, magic))) return 'image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'doc';
  return looksLikeText(bytes) ? 'text' : 'binary';
}
