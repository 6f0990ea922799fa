// Size bounds of a template, so that a template file or a .dpia's frozen template cannot cost unbounded work.
import { TEMPLATE_LIMITS } from '../format/limits.ts';
import type { Template } from './schema.ts';

/** The first size problem, as `path: detail` like findTemplateProblems; null when the template fits. */
export function findTemplateSizeProblem(template: Template): string | null {
  const l = TEMPLATE_LIMITS;
  if (template.sections.length > l.maxSections)
    return `sections: ${template.sections.length} sections, more than ${l.maxSections}`;
  const items = template.sections.reduce((n, s) => n + s.items.length, 0);
  if (items > l.maxItems) return `sections: ${items} items, more than ${l.maxItems}`;
  const questions = template.sections.reduce(
    (n, s) => n + s.items.reduce((m, i) => m + i.questions.length, 0),
    0,
  );
  if (questions > l.maxQuestions) return `sections: ${questions} questions, more than ${l.maxQuestions}`;
  // Every array and string, anywhere: lists of choices, columns and knowledge-base entries, and texts.
  const stack: [unknown, string][] = [[template, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > l.maxTextLength)
        return `${path.slice(1)}: a text of ${value.length} characters, longer than ${l.maxTextLength}`;
    } else if (Array.isArray(value)) {
      if (value.length > l.maxListLength)
        return `${path.slice(1)}: ${value.length} entries, more than ${l.maxListLength}`;
      value.forEach((v, i) => stack.push([v, `${path}/${i}`]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) stack.push([v, `${path}/${key}`]);
    }
  }
  return null;
}
