// The assessment's facts as one row of the council's record of processing, in the record's own layout when the
// entry was imported from it, otherwise in the default layout (every field, labelled in the document's language).
import type { Assessment, RecordColumn } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import { own } from '../model/own.ts';
import { RECORD_FIELDS, RECORD_FIELD_LABELS, type RecordField } from '../model/vocabulary.ts';
import type { Template } from '../template/schema.ts';
import { cellFromAnswer } from './answer-text.ts';
import { RECORD_LIMITS } from '../format/limits.ts';
import { recordTargets } from './targets.ts';

/** The default layout: one column per field, in the order of GDPR art. 30(1). */
export function defaultRecordColumns(language: Language): RecordColumn[] {
  return RECORD_FIELDS.map((field) => ({ header: RECORD_FIELD_LABELS[field][language], field }));
}

/** The value of one field: the first non-empty of its targets for identity fields, all of them for descriptions. */
export function recordValue(
  field: RecordField,
  assessment: Assessment,
  template: Template,
  language: Language,
  tagsFrom?: Template,
): string {
  const values: string[] = [];
  for (const target of recordTargets(template, tagsFrom).get(field) ?? []) {
    const value =
      target.kind === 'entry'
        ? (assessment.meta.recordEntry?.[target.key] ?? '')
        : target.kind === 'meta'
          ? assessment.meta[target.key]
          : cellFromAnswer(
              target.question,
              own(assessment.answers, target.question.id),
              assessment,
              language,
            );
    const trimmed = value.trim();
    if (trimmed !== '' && !values.includes(trimmed)) values.push(trimmed);
  }
  // The entry's controller and the general information's usually say the same; a record cell names one.
  const joined =
    field === 'controller' || field === 'reference' || field === 'name'
      ? (values[0] ?? '')
      : values.join('\n');
  return joined.slice(0, RECORD_LIMITS.maxCellChars);
}

/** Header and one row, ready for exportTable: the columns the user mapped (unmapped ones left blank), or the default. */
export function recordRowTable(
  assessment: Assessment,
  template: Template,
  language: Language,
  tagsFrom?: Template,
): string[][] {
  const columns = assessment.meta.recordEntry?.columns ?? defaultRecordColumns(language);
  return [
    columns.map((c) => c.header),
    columns.map((c) =>
      c.field === null ? '' : recordValue(c.field, assessment, template, language, tagsFrom),
    ),
  ];
}
