// zod schemas of every request the renderer can make: nothing reaches a handler unchecked.
import { z } from 'zod';
import type { ApiInput, ApiRequest } from '../../core/api.ts';
import { AssessmentPatch } from '../../core/format/assessment-patch.ts';
import { Assessment, IsoDate } from '../../core/model/assessment.ts';
import { Language } from '../../core/model/localized.ts';
import { StableId } from '../../core/model/ids.ts';
import { CameraGridLayout } from '../../core/preferences/camera-grid-layout.ts';
import { TABLE_LIMITS } from '../../core/format/limits.ts';

const SessionId = z.uuid();
const TableKind = z.enum(['cameras', 'action-plan', 'record', 'register']);
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
  archiveDocument: z.strictObject({ sessionId: SessionId }),
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
  importTable: z.strictObject({ kind: TableKind }),
  exportTable: z.strictObject({
    kind: TableKind,
    defaultName: z.string().min(1).max(255),
    format: z.enum(['csv', 'xlsx']),
    // Bounded like an import (TABLE_LIMITS): what the app writes, it can read back.
    rows: z
      .array(z.array(z.string().max(100_000)).max(TABLE_LIMITS.maxColumns))
      .max(TABLE_LIMITS.maxRows)
      .refine((rows) => rows.reduce((n, row) => n + row.length, 0) <= TABLE_LIMITS.maxCells, {
        message: `more than ${TABLE_LIMITS.maxCells} cells`,
      }),
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
    cameraGrid: CameraGridLayout.optional(),
    staleAfterDays: z.number().int().min(1).max(3650).optional(),
  }),
  chooseTemplatesFolder: z.undefined(),
  openExternal: z.strictObject({ url: z.string().max(2048) }),
  addRegisterFolder: z.undefined(),
  removeRegisterFolder: z.strictObject({ index: z.number().int().min(0).max(100) }),
  startRegister: z.undefined(),
  registerPage: z.strictObject({ scanId: z.uuid(), from: z.number().int().min(0).max(1_000_000) }),
  openRegisterEntry: z.strictObject({ entryId: z.string().regex(/^[0-9a-f]{64}$/) }),
} as const satisfies { [K in ApiRequest]: z.ZodType<ApiInput<K>> };
