// Where each column of the record of processing lands in an assessment: the entry itself, two facts of the general
// information, and the template's questions tagged with a `recordField` (the one place that says which).
import type { LocalizedText } from '../model/localized.ts';
import { RECORD_FIELD_LABELS, type RecordField } from '../model/vocabulary.ts';
import { RECORD_RECEIVING_TYPES, type Question, type Template } from '../template/schema.ts';
import { allQuestions } from '../template/validate-template.ts';

export type EntryKey = 'reference' | 'name' | 'controller';
export type MetaKey = 'controller' | 'dpo';

export type RecordTarget =
  | { kind: 'entry'; key: EntryKey }
  | { kind: 'meta'; key: MetaKey }
  | { kind: 'question'; question: Question };

/** The facts outside the questionnaire: the entry's own identity, and the general information's controller and DPO. */
const FIXED: Partial<Record<RecordField, RecordTarget[]>> = {
  reference: [{ kind: 'entry', key: 'reference' }],
  name: [{ kind: 'entry', key: 'name' }],
  controller: [
    { kind: 'entry', key: 'controller' },
    { kind: 'meta', key: 'controller' },
  ],
  dpo: [{ kind: 'meta', key: 'dpo' }],
};

/**
 * The targets of every record field, in the order of the fields. A document's frozen template written before
 * `recordField` existed has no tags: those of the current built-in template of the same id (`tagsFrom`) are read
 * instead, for the questions the frozen template has.
 */
export function recordTargets(template: Template, tagsFrom?: Template): Map<RecordField, RecordTarget[]> {
  const questions = allQuestions(template);
  let tagged = questions.filter((q) => q.recordField !== undefined);
  if (tagged.length === 0 && tagsFrom && tagsFrom.id === template.id) {
    const tags = new Map(allQuestions(tagsFrom).map((q) => [q.id, q.recordField]));
    tagged = questions.flatMap((q) => {
      const recordField = tags.get(q.id);
      return recordField === undefined ? [] : [{ ...q, recordField }];
    });
  }
  const targets = new Map<RecordField, RecordTarget[]>();
  const add = (field: RecordField, target: RecordTarget) =>
    targets.set(field, [...(targets.get(field) ?? []), target]);
  for (const [field, fixed] of Object.entries(FIXED) as [RecordField, RecordTarget[]][])
    for (const target of fixed) add(field, target);
  for (const question of tagged)
    if (RECORD_RECEIVING_TYPES.has(question.type)) add(question.recordField!, { kind: 'question', question });
  return targets;
}

/** A stable key for a target, e.g. `question:context.purposes`. */
export const targetKey = (target: RecordTarget): string =>
  target.kind === 'question' ? `question:${target.question.id}` : `${target.kind}:${target.key}`;

/** What the user sees as the place a value goes: the question's label, or the general information's field. */
export function targetLabel(target: RecordTarget): LocalizedText {
  if (target.kind === 'question') return target.question.label;
  if (target.kind === 'meta') return RECORD_FIELD_LABELS[target.key];
  return RECORD_FIELD_LABELS[target.key];
}
