// Builds the bytes of a .dpia file from a document in memory. Pure: the caller decides where they go.
import { zipSync, type Zippable } from 'fflate';
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from './document.ts';
import { computeContentHash } from './content-hash.ts';
import { attachmentEntry, CURRENT_FORMAT_VERSION, ENTRY, revisionEntry, type Manifest } from './manifest.ts';
import { sha256Hex } from '../hash.ts';
import { encodeJson } from './safe-json.ts';
import { findTemplateSizeProblem } from '../template/template-limits.ts';
import { checkRowLimits } from './document-limits.ts';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from './limits.ts';

export interface WriteOptions {
  /** Application name and version, recorded in the manifest. */
  createdWith: string;
  /** The file's name, used in messages. */
  file: string;
  /** The reader's limits: a file over them is refused before any byte is produced. */
  limits?: ReadLimits;
}

/** Refuses, before zipping, a document the reader would refuse: what cannot be opened must not be saved. */
function checkSizes(entries: [string, Uint8Array][], limits: ReadLimits, file: string): void {
  if (entries.length > limits.maxEntries)
    throw new DpiaError('save-over-limit', {
      file,
      what: 'entries',
      count: entries.length,
      limit: limits.maxEntries,
    });
  let total = 0;
  for (const [name, bytes] of entries) {
    const limit = name.endsWith('.json') ? limits.maxJsonBytes : limits.maxAttachmentBytes;
    if (bytes.length > limit) {
      const count = formatBytes(bytes.length);
      throw new DpiaError('save-over-limit', {
        file,
        what: 'size',
        entry: name,
        count,
        limit: formatBytes(limit),
      });
    }
    total += bytes.length;
  }
  if (total > limits.maxTotalUncompressedBytes) {
    const [count, limit] = [formatBytes(total), formatBytes(limits.maxTotalUncompressedBytes)];
    throw new DpiaError('save-over-limit', { file, what: 'size', count, limit });
  }
}

export async function writeDpia(
  document: DpiaDocument,
  options: WriteOptions,
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const { assessment, template } = document;
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkRowLimits(assessment, limits, options.file, 'write');
  const templateTooLarge = findTemplateSizeProblem(template);
  if (templateTooLarge) {
    throw new DpiaError('save-template-too-large', { file: options.file, detail: templateTooLarge });
  }
  const assessmentBytes = encodeJson(assessment);
  const templateBytes = encodeJson(template);
  const hashes = assessment.attachments.map((a) => a.sha256);
  // Only snapshots of revisions the assessment lists are written: a snapshot never outlives its revision.
  const snapshots: [string, Uint8Array][] = [];
  for (const revision of assessment.revisions) {
    const snapshot = document.revisionSnapshots.get(revision.id);
    if (snapshot) snapshots.push([revision.id, encodeJson(snapshot)]);
  }
  const snapshotHashes = await Promise.all(
    snapshots.map(async ([id, bytes]) => ({ id, sha256: await sha256Hex(bytes) })),
  );
  const manifest: Manifest = {
    format: 'dpia',
    formatVersion: CURRENT_FORMAT_VERSION,
    createdWith: options.createdWith,
    createdAt: assessment.meta.createdAt,
    modifiedAt: assessment.meta.modifiedAt,
    contentSha256: await computeContentHash(assessmentBytes, templateBytes, hashes, snapshotHashes),
  };
  // Entry dates come from the document, so the same content always gives the same bytes.
  const mtime = new Date(assessment.meta.modifiedAt);
  const json = { level: 6, mtime } as const;
  const entries: Zippable = {
    [ENTRY.manifest]: [encodeJson(manifest), json],
    [ENTRY.assessment]: [assessmentBytes, json],
    [ENTRY.template]: [templateBytes, json],
  };
  if (document.signature) entries[ENTRY.signature] = [document.signature, json];
  for (const [id, bytes] of snapshots) entries[revisionEntry(id)] = [bytes, json];
  for (const meta of assessment.attachments) {
    const data = document.attachments.get(meta.sha256);
    if (!data) throw new DpiaError('attachment-missing', { file: options.file, name: meta.name });
    // Attachments are mostly PDFs and images, already compressed: storing them keeps saves fast.
    entries[attachmentEntry(meta.sha256)] = [data, { level: 0, mtime }];
  }
  checkSizes(
    Object.entries(entries).map(([name, value]) => [name, (value as [Uint8Array, unknown])[0]]),
    limits,
    options.file,
  );
  const bytes = zipSync(entries);
  if (bytes.length > limits.maxFileBytes) {
    const [count, limit] = [formatBytes(bytes.length), formatBytes(limits.maxFileBytes)];
    throw new DpiaError('save-over-limit', { file: options.file, what: 'size', count, limit });
  }
  return { bytes, manifest };
}
