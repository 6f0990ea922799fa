// Opens the bytes of a .dpia file: unzip within limits, decode, migrate, validate, verify hashes.
import type { z } from 'zod';
import { DpiaError } from '../errors.ts';
import { sha256Hex } from '../hash.ts';
import { Assessment } from '../model/assessment.ts';
import { findAnswerMismatch } from '../template/answers.ts';
import { Template } from '../template/schema.ts';
import { findTemplateProblems } from '../template/validate-template.ts';
import type { DpiaDocument } from './document.ts';
import { DEFAULT_LIMITS, formatBytes, TEMPLATE_LIMITS, type ReadLimits } from './limits.ts';
import { CURRENT_FORMAT_VERSION, ENTRY, Manifest } from './manifest.ts';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';
import { computeContentHash } from './content-hash.ts';
import { parseJsonEntry } from './safe-json.ts';
import { unzipWithinLimits } from './unzip-within-limits.ts';
import { checkRowLimits } from './document-limits.ts';
import { describeIssue } from './zod-issue.ts';
import { sniffFile, type FileKind } from './sniff.ts';

export interface ReadOptions {
  /** The file's name, used in messages. */
  file: string;
  limits?: ReadLimits;
  /** For tests of the migration framework. */
  migrations?: Readonly<Record<number, Migration>>;
  currentVersion?: number;
}

export interface ReadResult {
  document: DpiaDocument;
  manifest: Manifest;
  /** The format version found in the file, before migration. */
  storedFormatVersion: number;
}

const ATTACHMENT_NAME = /^attachments\/([0-9a-f]{64})$/;
const REVISION_NAME = /^revisions\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.json$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function checkEntryName(name: string, file: string): void {
  const unsafe =
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.') ||
    [...name].some((c) => c.charCodeAt(0) < 0x20);
  if (unsafe) throw new DpiaError('unsafe-entry-name', { file, entry: name });
  const known =
    name === ENTRY.manifest ||
    name === ENTRY.assessment ||
    name === ENTRY.template ||
    name === ENTRY.signature ||
    name === ENTRY.attachmentsDir ||
    name === ENTRY.revisionsDir ||
    ATTACHMENT_NAME.test(name) ||
    REVISION_NAME.test(name);
  if (!known) throw new DpiaError('unexpected-entry', { file, entry: name });
}

/** Files a user may well pick by mistake, named in one sentence rather than failing on their first entry. */
const NOT_AN_ASSESSMENT: ReadonlySet<FileKind> = new Set<FileKind>([
  'docx',
  'doc',
  'odt',
  'pptx',
  'office',
  'xlsx',
  'xls',
  'ods',
  'pdf',
  'image',
  'text',
]);

function unzipDpia(bytes: Uint8Array, file: string, limits: ReadLimits): Record<string, Uint8Array> {
  const kind = bytes.length === 0 ? 'binary' : sniffFile(bytes);
  if (NOT_AN_ASSESSMENT.has(kind)) throw new DpiaError('not-an-assessment', { file, kind });
  if (bytes.length < 4 || ZIP_MAGIC.some((b, i) => bytes[i] !== b))
    throw new DpiaError('not-a-zip', { file });
  return unzipWithinLimits(bytes, file, limits, {
    checkName: (name) => checkEntryName(name, file),
    maxBytes: (name) => (name.endsWith('.json') ? limits.maxJsonBytes : limits.maxAttachmentBytes),
    skip: (name) => name === ENTRY.attachmentsDir || name === ENTRY.revisionsDir,
  });
}

function parseWith<T extends z.ZodType>(schema: T, value: unknown, file: string, entry: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new DpiaError('invalid-content', { file, entry, ...describeIssue(result.error) });
  return result.data;
}

export async function readDpia(bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const { file } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const currentVersion = options.currentVersion ?? CURRENT_FORMAT_VERSION;
  if (bytes.length > limits.maxFileBytes) {
    throw new DpiaError('file-too-large', { file, limit: formatBytes(limits.maxFileBytes) });
  }
  const entries = unzipDpia(bytes, file, limits);
  const take = (entry: string): Uint8Array => {
    const data = entries[entry];
    if (!data) throw new DpiaError('missing-entry', { file, entry });
    return data;
  };

  const manifestBytes = take(ENTRY.manifest);
  const rawManifest = parseJsonEntry(manifestBytes, file, ENTRY.manifest);
  if (typeof rawManifest !== 'object' || rawManifest === null || Array.isArray(rawManifest)) {
    throw new DpiaError('wrong-format', { file });
  }
  const manifestFields = rawManifest as Record<string, unknown>;
  const storedVersion = manifestFields.formatVersion;
  if (
    manifestFields.format !== 'dpia' ||
    typeof storedVersion !== 'number' ||
    !Number.isInteger(storedVersion)
  ) {
    throw new DpiaError('wrong-format', { file });
  }
  if (storedVersion > currentVersion) {
    throw new DpiaError('future-version', { file, version: storedVersion, supported: currentVersion });
  }

  const assessmentBytes = take(ENTRY.assessment);
  const templateBytes = take(ENTRY.template);
  if (templateBytes.length > TEMPLATE_LIMITS.maxBytes)
    throw new DpiaError('too-large', { file, limit: formatBytes(TEMPLATE_LIMITS.maxBytes) });
  const snapshotBytes = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    const id = REVISION_NAME.exec(name)?.[1];
    if (id !== undefined) snapshotBytes.set(id, data);
  }
  const rawSnapshots: Record<string, unknown> = {};
  for (const [id, data] of snapshotBytes)
    rawSnapshots[id] = parseJsonEntry(data, file, `revisions/${id}.json`);
  const migrated = migrate(
    {
      manifest: manifestFields,
      assessment: parseJsonEntry(assessmentBytes, file, ENTRY.assessment),
      template: parseJsonEntry(templateBytes, file, ENTRY.template),
      ...(snapshotBytes.size > 0 ? { revisions: rawSnapshots } : {}),
    },
    storedVersion,
    currentVersion,
    options.migrations ?? MIGRATIONS,
  );
  if (!migrated) throw new DpiaError('unsupported-version', { file, version: storedVersion });

  const manifest = parseWith(Manifest, migrated.manifest, file, ENTRY.manifest);
  const template = parseWith(Template, migrated.template, file, ENTRY.template);
  const templateProblem = findTemplateProblems(template)[0];
  if (templateProblem) {
    throw new DpiaError('invalid-content', {
      file,
      entry: ENTRY.template,
      path: '/',
      detail: templateProblem,
    });
  }
  const assessment = parseWith(Assessment, migrated.assessment, file, ENTRY.assessment);
  checkRowLimits(assessment, limits, file, 'read');
  const mismatch = findAnswerMismatch(assessment, template);
  if (mismatch) throw new DpiaError('template-mismatch', { file, detail: mismatch });

  const attachments = new Map<string, Uint8Array>();
  for (const meta of assessment.attachments) {
    const data = entries[`${ENTRY.attachmentsDir}${meta.sha256}`];
    if (!data) throw new DpiaError('attachment-missing', { file, name: meta.name });
    attachments.set(meta.sha256, data);
  }
  for (const name of Object.keys(entries)) {
    const hash = ATTACHMENT_NAME.exec(name)?.[1];
    if (hash !== undefined && !attachments.has(hash))
      throw new DpiaError('unexpected-entry', { file, entry: name });
  }
  // A snapshot is history: it is checked against the schema, not against the answers of today's template.
  const revisionSnapshots = new Map<string, Assessment>();
  const listed = new Set(assessment.revisions.map((r) => r.id));
  for (const id of snapshotBytes.keys()) {
    const entry = `revisions/${id}.json`;
    if (!listed.has(id)) throw new DpiaError('unexpected-entry', { file, entry });
    revisionSnapshots.set(id, parseWith(Assessment, migrated.revisions?.[id], file, entry));
  }

  const hashes = await Promise.all(
    [...attachments].map(async ([hash, data]) => [hash, await sha256Hex(data)]),
  );
  for (const [expected, actual] of hashes) {
    if (expected !== actual) throw new DpiaError('hash-mismatch', { file, entry: `attachments/${expected}` });
  }

  // Only the stored bytes of a file still at the current version can match its recorded hash.
  if (storedVersion === currentVersion) {
    const snapshotHashes = await Promise.all(
      [...snapshotBytes].map(async ([id, data]) => ({ id, sha256: await sha256Hex(data) })),
    );
    const contentHash = await computeContentHash(
      assessmentBytes,
      templateBytes,
      [...attachments.keys()],
      snapshotHashes,
    );
    if (contentHash !== manifest.contentSha256)
      throw new DpiaError('hash-mismatch', { file, entry: ENTRY.manifest });
  }

  return {
    document: {
      assessment,
      template,
      attachments,
      signature: entries[ENTRY.signature] ?? null,
      revisionSnapshots,
    },
    manifest,
    storedFormatVersion: storedVersion,
  };
}
