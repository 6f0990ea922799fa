// How far the assessment is: which required questions have an answer, per item, per section and overall.
import type { Answer, Assessment } from '../../core/model/assessment.ts';
import type { Item, Question, Section, Template } from '../../core/template/schema.ts';

export interface Progress {
  answered: number;
  required: number;
}

/** Whether a question has a real answer; the camera, risk and measure registers count when not empty. */
export function isAnswered(question: Question, answer: Answer | undefined, assessment: Assessment): boolean {
  switch (question.type) {
    case 'cameras':
      return assessment.cameras.length > 0;
    case 'risks':
      return assessment.risks.length > 0;
    case 'measures':
      return assessment.measures.length > 0;
    default:
      break;
  }
  if (!answer) return false;
  switch (answer.type) {
    case 'richtext':
    case 'text':
      return answer.text.trim() !== '';
    case 'choice':
      return answer.optionId !== null;
    case 'multichoice':
      return answer.optionIds.length > 0;
    case 'boolean':
    case 'date':
    case 'number':
      return answer.value !== null;
    case 'table':
      return answer.rows.some((row) => Object.values(row.cells).some((cell) => cell.trim() !== ''));
    default:
      return false;
  }
}

export function itemProgress(item: Item, assessment: Assessment): Progress {
  let answered = 0;
  let required = 0;
  for (const question of item.questions) {
    if (!question.required) continue;
    required++;
    if (isAnswered(question, assessment.answers[question.id], assessment)) answered++;
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
