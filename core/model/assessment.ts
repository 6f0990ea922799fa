// The assessment model: everything the DPO and the reviewers wrote, as stored in assessment.json.
import { z } from 'zod';
import { Language } from './localized.ts';
import { KbId, StableId } from './ids.ts';
import {
  AssessmentStatus,
  Capability,
  CameraType,
  Decision,
  DpoVerdict,
  FearedEvent,
  MeasureCategory,
  MeasureState,
  PrivacyMasks,
  RecordField,
  Verdict,
} from './vocabulary.ts';

// The coded values are defined, with their labels, in the shared vocabulary; the model's users find them here too.
export {
  AssessmentStatus,
  Capability,
  CameraType,
  Decision,
  DpoVerdict,
  FearedEvent,
  MeasureCategory,
  MeasureState,
  PrivacyMasks,
  Verdict,
};

export const Uuid = z.uuid();
/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
/** An instant, ISO 8601 with offset. */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** Markdown subset: paragraphs, bold, italic, bullet and numbered lists, links. */
export const RichText = z.string().max(1_000_000);
const ShortText = z.string().max(10_000);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One column of a record of processing as the user mapped it, so an export writes the record's own layout back. */
export const RecordColumn = z.strictObject({
  header: z.string().max(200),
  field: RecordField.nullable(),
});
export type RecordColumn = z.infer<typeof RecordColumn>;

/** The entry of the council's record of processing (GDPR art. 30) that this assessment covers. */
export const RecordEntry = z.strictObject({
  reference: z.string().max(200),
  name: z.string().max(500),
  /** The controller as the record names it. */
  controller: z.string().max(500),
  /** The record's columns, when the entry was imported from it: an exported row follows them. */
  columns: z.array(RecordColumn).max(200).optional(),
});
export type RecordEntry = z.infer<typeof RecordEntry>;

export const Meta = z.strictObject({
  title: z.string().min(1).max(500),
  /** The commune or EPCI carrying out the assessment. */
  organisation: ShortText,
  controller: ShortText,
  dpo: ShortText,
  authors: z.array(ShortText),
  language: Language,
  /** The document's own version, as printed on the cover (e.g. "1.2"). */
  version: z.string().max(50),
  createdAt: IsoDateTime,
  modifiedAt: IsoDateTime,
  status: AssessmentStatus,
  reviewDate: IsoDate.nullable(),
  templateId: StableId,
  templateVersion: z.string(),
  /** Absent in files of format 1 and whenever no record entry was named. */
  recordEntry: RecordEntry.optional(),
});
export type Meta = z.infer<typeof Meta>;

const comment = RichText.optional();
export const Answer = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('richtext'), text: RichText }),
  z.strictObject({ type: z.literal('text'), text: ShortText }),
  z.strictObject({ type: z.literal('choice'), optionId: StableId.nullable(), comment }),
  z.strictObject({ type: z.literal('multichoice'), optionIds: z.array(StableId), comment }),
  z.strictObject({ type: z.literal('boolean'), value: z.boolean().nullable(), comment }),
  z.strictObject({ type: z.literal('date'), value: IsoDate.nullable(), comment }),
  z.strictObject({ type: z.literal('number'), value: z.number().finite().nullable(), comment }),
  z.strictObject({
    type: z.literal('table'),
    rows: z.array(z.strictObject({ id: Uuid, cells: z.record(StableId, ShortText) })),
  }),
  // The data of these three live in assessment.cameras / risks / measures; the answer holds a comment.
  z.strictObject({ type: z.literal('cameras'), comment }),
  z.strictObject({ type: z.literal('risks'), comment }),
  z.strictObject({ type: z.literal('measures'), comment }),
]);
export type Answer = z.infer<typeof Answer>;

export const Evaluation = z.strictObject({
  verdict: Verdict,
  comment: RichText,
  correctiveAction: RichText,
  evaluatedBy: ShortText,
  evaluatedAt: IsoDateTime,
});
export type Evaluation = z.infer<typeof Evaluation>;

/** CSI art. L251-2 lists 11 purposes for filming the public road. */
export const L251Purpose = z.number().int().min(1).max(11);

export const Camera = z.strictObject({
  id: Uuid,
  /** The town's own label, e.g. "CAM-042". */
  code: z.string().min(1).max(100),
  location: ShortText,
  type: CameraType,
  purposes: z.array(L251Purpose),
  /** Homes, entrances, windows, balconies or gardens are in or near the field of view. */
  nearHomes: z.boolean(),
  privacyMasks: PrivacyMasks,
  /** Recording hours, e.g. "24/7" or "20:00–06:00". */
  hours: ShortText,
  audio: Capability,
  analytics: Capability,
  facialRecognition: Capability,
  lapi: Capability,
  make: ShortText,
  model: ShortText,
  firmware: ShortText,
  /** Owner of the equipment; donor if it was given to the town. */
  owner: ShortText,
  donor: ShortText,
  signage: ShortText,
  authorisationReference: ShortText,
  authorisationExpiry: IsoDate.nullable(),
  notes: ShortText,
});
export type Camera = z.infer<typeof Camera>;

export const Level = z.number().int().min(1).max(4);
export type Level = z.infer<typeof Level>;

export const RiskRating = z.strictObject({
  severity: Level.nullable(),
  severityJustification: RichText,
  likelihood: Level.nullable(),
  likelihoodJustification: RichText,
});
export type RiskRating = z.infer<typeof RiskRating>;

export const Risk = z.strictObject({
  id: Uuid,
  title: z.string().min(1).max(500),
  description: RichText,
  fearedEvent: FearedEvent,
  /** The catalogue entry it was created from, if any (e.g. "R1"). */
  catalogueRef: KbId.nullable(),
  sources: z.array(ShortText),
  threats: z.array(ShortText),
  impacts: z.array(ShortText),
  measureIds: z.array(Uuid),
  /** With existing and planned measures. */
  initial: RiskRating,
  /** After the action plan's corrective measures. */
  residual: RiskRating,
});
export type Risk = z.infer<typeof Risk>;

export const Effort = z.enum(['low', 'medium', 'high']).nullable();

export const Measure = z.strictObject({
  id: Uuid,
  title: z.string().min(1).max(500),
  description: RichText,
  category: MeasureCategory,
  state: MeasureState,
  catalogueRef: KbId.nullable(),
  owner: ShortText,
  deadline: IsoDate.nullable(),
  cost: Effort,
  difficulty: Effort,
  /** Per cent done, for planned measures. */
  progress: z.number().int().min(0).max(100),
});
export type Measure = z.infer<typeof Measure>;

export const Opinions = z.strictObject({
  dpo: z.strictObject({
    name: ShortText,
    date: IsoDate.nullable(),
    verdict: DpoVerdict.nullable(),
    text: RichText,
  }),
  dataSubjects: z.strictObject({
    sought: z.boolean().nullable(),
    method: RichText,
    summary: RichText,
    /** Why the views were not sought, or why the controller departs from them. */
    notSoughtReason: RichText,
  }),
});
export type Opinions = z.infer<typeof Opinions>;

export const Validation = z.strictObject({
  decision: Decision.nullable(),
  by: ShortText,
  role: ShortText,
  date: IsoDate.nullable(),
  comment: RichText,
  /** Written when validating while error-level findings remain open. */
  openFindingsJustification: RichText,
});
export type Validation = z.infer<typeof Validation>;

export const StatusChange = z.strictObject({
  status: AssessmentStatus,
  by: ShortText,
  at: IsoDateTime,
  note: RichText,
});
export type StatusChange = z.infer<typeof StatusChange>;

export const Revision = z.strictObject({
  id: Uuid,
  label: z.string().min(1).max(500),
  author: ShortText,
  createdAt: IsoDateTime,
  reason: RichText,
  /** Hash of the content at that moment (manifest.contentSha256). */
  contentSha256: Sha256,
});
export type Revision = z.infer<typeof Revision>;

export const AttachmentMeta = z.strictObject({
  id: Uuid,
  name: z.string().min(1).max(255),
  mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/),
  sha256: Sha256,
  size: z.number().int().nonnegative(),
  addedBy: ShortText,
  addedAt: IsoDateTime,
  questionId: StableId.nullable(),
  description: ShortText,
});
export type AttachmentMeta = z.infer<typeof AttachmentMeta>;

export const Assessment = z.strictObject({
  id: Uuid,
  meta: Meta,
  answers: z.record(StableId, Answer),
  evaluations: z.record(StableId, Evaluation),
  cameras: z.array(Camera),
  risks: z.array(Risk),
  measures: z.array(Measure),
  opinions: Opinions,
  validation: Validation,
  statusHistory: z.array(StatusChange),
  revisions: z.array(Revision),
  attachments: z.array(AttachmentMeta),
});
export type Assessment = z.infer<typeof Assessment>;
