// Checks that stored answers fit the questions of the frozen template they were written against.
import type { Assessment } from '../model/assessment.ts';
import type { Template } from './schema.ts';
import { allQuestions } from './validate-template.ts';

/** Returns the first inconsistency as a short English phrase, or null. */
export function findAnswerMismatch(assessment: Assessment, template: Template): string | null {
  const questions = new Map(allQuestions(template).map((q) => [q.id, q]));
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = questions.get(id);
    if (!question) return `answer to unknown question "${id}"`;
    if (question.type !== answer.type)
      return `answer to "${id}" is a ${answer.type}, the question is a ${question.type}`;
    const options = new Set((question.options ?? []).map((o) => o.id));
    if (answer.type === 'choice' && answer.optionId !== null && !options.has(answer.optionId)) {
      return `answer to "${id}" names unknown option "${answer.optionId}"`;
    }
    if (answer.type === 'multichoice') {
      const unknown = answer.optionIds.find((o) => !options.has(o));
      if (unknown !== undefined) return `answer to "${id}" names unknown option "${unknown}"`;
    }
  }
  const evaluable = new Set(
    template.sections.flatMap((s) => s.items.flatMap((i) => [i.id, ...i.questions.map((q) => q.id)])),
  );
  for (const id of Object.keys(assessment.evaluations)) {
    if (!evaluable.has(id)) return `evaluation of unknown item "${id}"`;
  }
  for (const [kind, list] of [
    ['camera', assessment.cameras],
    ['risk', assessment.risks],
    ['measure', assessment.measures],
    ['attachment', assessment.attachments],
  ] as const) {
    const ids = new Set<string>();
    for (const entry of list) {
      if (ids.has(entry.id)) return `${kind} id "${entry.id}" appears twice`;
      ids.add(entry.id);
    }
  }
  return null;
}
