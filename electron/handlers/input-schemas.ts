// zod schemas of every request the renderer can make: nothing reaches a handler unchecked.
import { z } from 'zod';
import type { ApiInput, ApiRequest } from '../../core/api.ts';
import { AssessmentPatch } from '../../core/format/assessment-patch.ts';
import { Assessment, IsoDate } from '../../core/model/assessment.ts';
import { Language } from '../../core/model/localized.ts';
import { StableId } from '../../core/model/ids.ts';

const SessionId = z.uuid();
const FilePath = z.string().min(1).max(4096);
/** A whole assessment, or a patch of the version main acknowledged last (only what changed crosses). */
const upload = <T extends z.ZodRawShape>(fields: T) =>
  z.union([
    z.strictObject({ ...fields, assessment: Assessment }),
    z.strictObject({ ...fields, base: z.int().min(0), patch: AssessmentPatch }),
  ]);
/** Length is checked by the key code (one message in both languages); this only bounds what crosses IPC. */
const Passphrase = z.string().min(1).max(1024);

export const INPUT = {
  getStartup: z.undefined(),
  listTemplates: z.undefined(),
  newDocument: z.strictObject({
    templateId: z.string().min(1).max(200),
    title: z.string().max(500).optional(),
    language: Language,
  }),
  openExample: z.undefined(),
  openDocument: z.undefined(),
  openRecent: z.strictObject({ recentId: z.string().regex(/^[0-9a-f]{64}$/) }),
  saveDocument: upload({ sessionId: SessionId, saveAs: z.boolean().optional() }),
  autosave: upload({ sessionId: SessionId }),
  closeDocument: z.strictObject({ sessionId: SessionId }),
  recoverDraft: z.strictObject({ draftId: z.uuid() }),
  discardDraft: z.strictObject({ draftId: z.uuid() }),
  addAttachment: z.strictObject({ sessionId: SessionId, questionId: StableId.nullable() }),
  exportDocx: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    language: Language,
    pageNumbers: z.boolean().optional(),
    marking: z.string().max(200).optional(),
  }),
  exportNotice: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    kind: z.enum(['sign', 'web']),
    format: z.enum(['docx', 'html']),
    size: z.enum(['A4', 'A3']),
    language: Language,
  }),
  showInFolder: z.strictObject({ filePath: FilePath }),
  importTextFile: z.strictObject({ kind: z.literal('csv') }),
  exportTextFile: z.strictObject({
    kind: z.literal('csv'),
    defaultName: z.string().min(1).max(255),
    text: z.string().max(50 * 1024 * 1024),
  }),
  createRevision: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    label: z.string().min(1).max(500),
    reason: z.string().max(100_000),
  }),
  upgradeTemplate: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/)
      .optional(),
  }),
  getRevisionSnapshot: z.strictObject({ sessionId: SessionId, revisionId: z.uuid() }),
  signDocument: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    signer: z.string().min(1).max(200),
    role: z.string().min(1).max(200),
    passphrase: Passphrase,
  }),
  verifySignature: z.strictObject({ sessionId: SessionId }),
  getSigningKey: z.undefined(),
  createSigningKey: z.strictObject({ passphrase: Passphrase, replace: z.boolean().optional() }),
  exportPublicKey: z.undefined(),
  listTrustedKeys: z.undefined(),
  addTrustedKey: z.strictObject({
    name: z.string().trim().min(1).max(200),
    until: IsoDate.optional(),
    own: z.boolean().optional(),
  }),
  removeTrustedKey: z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{4}(?: [0-9a-f]{4}){15}$/) }),
  reopenSigned: z.strictObject({
    sessionId: SessionId,
    label: z.string().min(1).max(500),
    reason: z.string().max(100_000),
  }),
  importCnil: z.undefined(),
  duplicateDocument: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    title: z.string().min(1).max(500),
    organisation: z.string().max(10_000).optional(),
    keepAttachments: z.boolean(),
  }),
  saveAsTemplate: z.strictObject({
    sessionId: SessionId,
    assessment: Assessment,
    id: StableId,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: z.string().min(1).max(500),
    withAnswers: z.boolean(),
  }),
  importTemplate: z.undefined(),
  setPreferences: z.strictObject({
    language: Language.optional(),
    authorName: z.string().max(200).optional(),
    authorRole: z.string().max(200).optional(),
  }),
  chooseTemplatesFolder: z.undefined(),
  openExternal: z.strictObject({ url: z.string().max(2048) }),
} as const satisfies { [K in ApiRequest]: z.ZodType<ApiInput<K>> };
