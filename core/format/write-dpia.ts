// Builds the bytes of a .dpia file from a document in memory. Pure: the caller decides where they go.
import { zipSync, type Zippable } from 'fflate';
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from './document.ts';
import { computeContentHash } from './content-hash.ts';
import { attachmentEntry, CURRENT_FORMAT_VERSION, ENTRY, revisionEntry, type Manifest } from './manifest.ts';
import { sha256Hex } from '../hash.ts';
import { encodeJson } from './safe-json.ts';

export interface WriteOptions {
  /** Application name and version, recorded in the manifest. */
  createdWith: string;
  /** The file's name, used in messages. */
  file: string;
}

export async function writeDpia(
  document: DpiaDocument,
  options: WriteOptions,
): Promise<{ bytes: Uint8Array; manifest: Manifest }> {
  const { assessment, template } = document;
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
  return { bytes: zipSync(entries), manifest };
}
