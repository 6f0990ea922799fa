// The controller is one fact asked in two places: the general information (`meta.controller`, on the cover) and the
// built-in template's overview question « Qui est le responsable du traitement ? ». Both stay in the file as they
// are (files written before keep opening unchanged), and every edit of either writes both, so the user answers once.
import type { Assessment } from '../model/assessment.ts';
import type { Template } from '../template/schema.ts';
import type { Edit } from './edits.ts';

/** The template question that asks for the controller (built-in CSU template). */
export const CONTROLLER_QUESTION = 'context.controller';

/** Whether the template asks the controller as a text question, whose answer must then follow the general field. */
export function asksController(template: Template): boolean {
  return template.sections.some((s) =>
    s.items.some((i) => i.questions.some((q) => q.id === CONTROLLER_QUESTION && q.type === 'text')),
  );
}

/** Sets the controller in the general information and, when the template asks it, in the question's answer. */
export const setController =
  (value: string, withAnswer: boolean): Edit =>
  (a: Assessment) => ({
    ...a,
    meta: { ...a.meta, controller: value },
    answers: withAnswer ? { ...a.answers, [CONTROLLER_QUESTION]: { type: 'text', text: value } } : a.answers,
  });
