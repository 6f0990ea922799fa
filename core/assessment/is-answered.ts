// Whether a question has a real answer: the one rule behind progress counts, completeness checks and summaries.
import { own } from '../model/own.ts';
import type { Assessment } from '../model/assessment.ts';
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
  const answer = own(assessment.answers, question.id);
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
