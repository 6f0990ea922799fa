// Whether a question has a real answer: the one rule behind progress counts, completeness checks and summaries.
import { own } from '../model/own.ts';
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Question } from '../template/schema.ts';

/** Empty text, an unset value or an empty table is no answer; the camera, risk and measure registers count when not empty. */
export function isAnswered(question: Question, assessment: Assessment): boolean {
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
  return hasAnswer(question, own(assessment.answers, question.id));
}

/**
 * Whether a stored answer answers the question (registers aside): an answer of another type (the template changed)
 * does not. The Word export decides « not answered » with this too.
 */
export function hasAnswer(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.type !== question.type) return false;
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
