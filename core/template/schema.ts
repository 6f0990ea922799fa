// The template model: sections -> items -> questions, plus the knowledge base a template carries.
// templates/schema.json is generated from these schemas (npm run schema) for authors using other editors.
import { z } from 'zod';
import { KbId, StableId } from '../model/ids.ts';
import { Language, LocalizedText } from '../model/localized.ts';
import { FearedEvent, MeasureCategory, RecordField } from '../model/vocabulary.ts';

export const QUESTION_TYPES = [
  'richtext',
  'text',
  'choice',
  'multichoice',
  'boolean',
  'date',
  'number',
  'table',
  'cameras',
  'risks',
  'measures',
] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

/** Question types a cell of the record of processing can be written into (`recordField`): not tables or registers. */
export const RECORD_RECEIVING_TYPES: ReadonlySet<QuestionType> = new Set([
  'text',
  'richtext',
  'number',
  'choice',
  'multichoice',
  'boolean',
  'date',
  'measures',
]);

export const ChoiceOption = z
  .strictObject({
    id: StableId,
    label: LocalizedText,
  })
  .meta({ id: 'ChoiceOption' });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const TableColumn = z.strictObject({
  id: StableId,
  label: LocalizedText,
  type: z.enum(['text', 'number', 'date', 'choice']),
  options: z.array(ChoiceOption).optional(),
});
export type TableColumn = z.infer<typeof TableColumn>;

export const Question = z
  .strictObject({
    id: StableId,
    type: QuestionType,
    required: z.boolean(),
    label: LocalizedText,
    /** What a good answer contains, typical values, pitfalls. Markdown subset. */
    guidance: LocalizedText,
    /** Ids of knowledgeBase.legalReferences. */
    legalRefs: z.array(StableId),
    /** Ids of knowledge-base entries (definitions, risks, measures) worth reading for this question. */
    knowledgeBase: z.array(z.string()).default([]),
    /** choice and multichoice. */
    options: z.array(ChoiceOption).optional(),
    /** table. */
    columns: z.array(TableColumn).optional(),
    /** number: the unit shown beside the field. */
    unit: LocalizedText.optional(),
    /** choice, multichoice, boolean: whether an explanation field is offered beside the value. */
    withComment: z.boolean().optional(),
    /** Pre-filled answer text for a new assessment (e.g. from a consultant's template). */
    placeholder: LocalizedText.optional(),
    /**
     * The column of the record of processing (GDPR art. 30) this question shares: an entry imported from the record
     * pre-fills it, and the assessment's row for the record is read from it.
     */
    recordField: RecordField.optional(),
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof Question>;

/** How the reviewer judges an item: once for the whole item, or once per question (CNIL method). */
export const EvaluationMode = z.enum(['item', 'question', 'none']);

export const Item = z.strictObject({
  id: StableId,
  title: LocalizedText,
  intro: LocalizedText.optional(),
  evaluationMode: EvaluationMode,
  questions: z.array(Question).min(1),
});
export type Item = z.infer<typeof Item>;

export const Section = z.strictObject({
  id: StableId,
  title: LocalizedText,
  intro: LocalizedText.optional(),
  items: z.array(Item).min(1),
});
export type Section = z.infer<typeof Section>;

export const Definition = z.strictObject({
  id: KbId,
  term: LocalizedText,
  text: LocalizedText,
  legalRefs: z.array(StableId).default([]),
});

export const ScaleLevel = z.strictObject({
  level: z.number().int().min(1).max(4),
  label: LocalizedText,
  description: LocalizedText,
  example: LocalizedText,
});
export type ScaleLevel = z.infer<typeof ScaleLevel>;

export const CatalogueRisk = z.strictObject({
  id: KbId,
  title: LocalizedText,
  fearedEvents: z.array(FearedEvent).min(1),
  sources: z.array(LocalizedText),
  threats: z.array(LocalizedText),
  impacts: z.array(LocalizedText),
  /** Ids of catalogue measures that treat this risk. */
  measures: z.array(KbId),
});
export type CatalogueRisk = z.infer<typeof CatalogueRisk>;

export const CatalogueMeasure = z.strictObject({
  id: KbId,
  title: LocalizedText,
  description: LocalizedText,
  category: MeasureCategory,
  fearedEvents: z.array(FearedEvent),
  legalRefs: z.array(StableId).default([]),
});
export type CatalogueMeasure = z.infer<typeof CatalogueMeasure>;

export const LegalReference = z.strictObject({
  id: StableId,
  /** Short citation, e.g. « CSI, art. L252-5 ». */
  label: LocalizedText,
  /** What it says, in our own words. */
  summary: LocalizedText,
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type LegalReference = z.infer<typeof LegalReference>;

export const KnowledgeBase = z.strictObject({
  definitions: z.array(Definition),
  scales: z.strictObject({
    severity: z.array(ScaleLevel).length(4),
    likelihood: z.array(ScaleLevel).length(4),
  }),
  risks: z.array(CatalogueRisk),
  measures: z.array(CatalogueMeasure),
  legalReferences: z.array(LegalReference),
});
export type KnowledgeBase = z.infer<typeof KnowledgeBase>;

export const Template = z.strictObject({
  $schema: z.string().optional(),
  id: StableId,
  /** Semantic version of the template's content; an assessment records the version it was written against. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  languages: z.array(Language).min(1),
  title: LocalizedText,
  description: LocalizedText,
  /** Who wrote it: "built-in" or a consultant's name. */
  author: z.string().min(1),
  sections: z.array(Section).min(1),
  knowledgeBase: KnowledgeBase,
});
export type Template = z.infer<typeof Template>;
