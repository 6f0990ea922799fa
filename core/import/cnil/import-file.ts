// Opens what a user picks to import from the CNIL PIA tool: its JSON export, or its ZIP export (JSON plus the
// attachments folder), and imports it. Pure: bytes in, document and report out, for the CLI and the app alike.
import { DpiaError, isDpiaError } from '../../errors.ts';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from '../../format/limits.ts';
import { unzipWithinLimits } from '../../format/unzip-within-limits.ts';
import { parseJsonEntry } from '../../format/safe-json.ts';
import { sha256Hex } from '../../hash.ts';
import type { AttachmentMeta } from '../../model/assessment.ts';
import { importCnilExport, type ImportCnilOptions, type ImportCnilResult } from './import-cnil.ts';
import { CnilExport } from './schema.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

export function mediaTypeOf(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MEDIA_TYPES[extension] ?? 'application/octet-stream';
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);

function readJson(bytes: Uint8Array, file: string, entry: string): unknown {
  try {
    return parseJsonEntry(bytes, file, entry);
  } catch (error) {
    // A file that is not JSON at all is simply not an export; a forbidden key is hostile and says so.
    if (isDpiaError(error) && (error.code === 'invalid-json' || error.code === 'invalid-utf8'))
      throw new DpiaError('not-a-cnil-export', { file, reason: 'not-json' });
    throw error;
  }
}

interface ZipContent {
  json: unknown;
  files: { name: string; data: Uint8Array }[];
}

/** The export inside a ZIP: exactly one JSON file that reads as a CNIL export; every other file is an attachment. */
function readZip(bytes: Uint8Array, file: string, limits: ReadLimits): ZipContent {
  // Names are only shown (as attachment names), never used as paths; sizes and layout are checked as for a .dpia.
  const entries = unzipWithinLimits(bytes, file, limits, {
    checkName: () => undefined,
    maxBytes: (name) => (name.endsWith('.json') ? limits.maxJsonBytes : limits.maxAttachmentBytes),
    skip: (name) => name.endsWith('/'),
  });
  const exports: { name: string; json: unknown }[] = [];
  const files: { name: string; data: Uint8Array }[] = [];
  for (const [name, data] of Object.entries(entries)) {
    if (name.toLowerCase().endsWith('.json')) {
      let json: unknown;
      try {
        json = parseJsonEntry(data, file, name);
      } catch (error) {
        if (isDpiaError(error) && error.code === 'forbidden-key') throw error;
        files.push({ name, data });
        continue;
      }
      if (CnilExport.safeParse(json).success) {
        exports.push({ name, json });
        continue;
      }
    }
    files.push({ name, data });
  }
  if (exports.length === 0) throw new DpiaError('not-a-cnil-export', { file, reason: 'zip-without-export' });
  if (exports.length > 1) throw new DpiaError('not-a-cnil-export', { file, reason: 'zip-several-exports' });
  return { json: exports[0]!.json, files };
}

/** The last part of a path inside the archive, within the length a name may have. */
function baseName(path: string): string {
  const name =
    path
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .at(-1) ?? 'attachment';
  return name.slice(-255);
}

/**
 * Imports the bytes of a CNIL export (JSON, or the ZIP with its attachments). Errors are one-line `DpiaError`s:
 * `not-a-cnil-export` for anything that is not an export, the usual ones for a damaged or hostile archive.
 */
export async function importCnilFile(
  bytes: Uint8Array,
  file: string,
  options: Omit<ImportCnilOptions, 'file'> & { limits?: ReadLimits },
): Promise<ImportCnilResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (bytes.length > limits.maxFileBytes)
    throw new DpiaError('file-too-large', { file, limit: formatBytes(limits.maxFileBytes) });
  if (!isZip(bytes)) return importCnilExport(readJson(bytes, file, file), { ...options, file });

  const { json, files } = readZip(bytes, file, limits);
  const result = importCnilExport(json, { ...options, file });
  if (files.length === 0) return result;
  const { assessment, attachments } = result.document;
  const at = options.now.toISOString();
  const addedBy = assessment.meta.authors[0] ?? '';
  const metas: AttachmentMeta[] = [];
  for (const { name, data } of files) {
    const sha256 = await sha256Hex(data);
    const same = metas.find((m) => m.sha256 === sha256);
    if (same) {
      // One copy per content: a second name for the same bytes is noted on the first.
      same.description = [same.description, baseName(name)].filter(Boolean).join(', ');
      continue;
    }
    attachments.set(sha256, data);
    metas.push({
      id: options.newId(),
      name: baseName(name),
      mediaType: mediaTypeOf(name),
      sha256,
      size: data.length,
      addedBy,
      addedAt: at,
      questionId: null,
      description: '',
    });
  }
  assessment.attachments = metas;
  const entries = result.report.entries.filter((e) => e.kind !== 'attachments-not-included');
  return { document: result.document, report: { ...result.report, entries } };
}
