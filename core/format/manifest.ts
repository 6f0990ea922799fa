// manifest.json: what the file is, which format version wrote it, and the hash of its content.
import { z } from 'zod';

/** The format version this code writes. Older versions are migrated on read; newer ones are refused. */
export const CURRENT_FORMAT_VERSION = 2;

export const Manifest = z.strictObject({
  format: z.literal('dpia'),
  formatVersion: z.number().int().positive(),
  createdWith: z.string().max(200),
  createdAt: z.iso.datetime({ offset: true }),
  modifiedAt: z.iso.datetime({ offset: true }),
  contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Manifest = z.infer<typeof Manifest>;

export const ENTRY = {
  manifest: 'manifest.json',
  assessment: 'assessment.json',
  template: 'template.json',
  signature: 'signature.json',
  attachmentsDir: 'attachments/',
  revisionsDir: 'revisions/',
} as const;

export const attachmentEntry = (sha256: string): string => `${ENTRY.attachmentsDir}${sha256}`;
export const revisionEntry = (revisionId: string): string => `${ENTRY.revisionsDir}${revisionId}.json`;
