// How far the assessment is: which required questions have an answer, per item, per section and overall.
import { isAnswered } from '../../core/assessment/is-answered.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { Item, Section, Template } from '../../core/template/schema.ts';

export interface Progress {
  answered: number;
  required: number;
}

export function itemProgress(item: Item, assessment: Assessment): Progress {
  let answered = 0;
  let required = 0;
  for (const question of item.questions) {
    if (!question.required) continue;
    required++;
    if (isAnswered(question, assessment)) answered++;
  }
  return { answered, required };
}

export function sectionProgress(section: Section, assessment: Assessment): Progress {
  return sum(section.items.map((item) => itemProgress(item, assessment)));
}

export function templateProgress(template: Template, assessment: Assessment): Progress {
  return sum(template.sections.map((section) => sectionProgress(section, assessment)));
}

function sum(parts: readonly Progress[]): Progress {
  return parts.reduce(
    (acc, p) => ({ answered: acc.answered + p.answered, required: acc.required + p.required }),
    {
      answered: 0,
      required: 0,
    },
  );
}
