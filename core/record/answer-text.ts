// An answer as one cell of the record, and a cell as an answer: the two directions of the same correspondence, so
// that a row exported from an assessment and imported into another gives the same answers.
import { normalise } from '../csv/camera-import.ts';
import { markdownToPlainText } from '../markdown/parse.ts';
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import { YES_NO_LABELS } from '../model/vocabulary.ts';
import type { Question } from '../template/schema.ts';

/** Why a cell cannot become an answer of this question (the renderer words it under `record.problems`). */
export type ConversionProblem = 'not-a-number' | 'no-option' | 'not-yes-no' | 'not-a-date';

export type Converted =
  { ok: true; answer: Answer; unmatched: string[] } | { ok: false; problem: ConversionProblem };

/** Parts of a list written in one cell: one per line, or separated by `;` (commas are too common inside items). */
export function listParts(text: string): string[] {
  return text
    .split(/\n|;/)
    .map((part) => part.replace(/^\s*[-•*]\s+/, '').trim())
    .filter((part) => part !== '');
}

function optionMatching(question: Question, text: string): string | undefined {
  const n = normalise(text);
  if (n === '') return undefined;
  return question.options?.find(
    (o) => normalise(o.id) === n || normalise(o.label.fr) === n || normalise(o.label.en) === n,
  )?.id;
}

const YES = new Set(['oui', 'yes', 'vrai', 'true', '1', 'o', 'y']);
const NO = new Set(['non', 'no', 'faux', 'false', '0', 'n']);

/** The answer a cleaned cell gives this question, or why it gives none. Unmatched list items go to the comment. */
export function answerFromCell(question: Question, text: string): Converted {
  switch (question.type) {
    case 'text':
      // A text answer is one line: a list of lines reads as one, separated as French records write lists.
      return {
        ok: true,
        answer: {
          type: 'text',
          text: text
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' ; '),
        },
        unmatched: [],
      };
    case 'richtext':
      return { ok: true, answer: { type: 'richtext', text }, unmatched: [] };
    case 'number': {
      const match = /-?\d+(?:[.,]\d+)?/.exec(text);
      if (!match) return { ok: false, problem: 'not-a-number' };
      return {
        ok: true,
        answer: { type: 'number', value: Number(match[0].replace(',', '.')) },
        unmatched: [],
      };
    }
    case 'boolean': {
      const n = normalise(text);
      if (!YES.has(n) && !NO.has(n)) return { ok: false, problem: 'not-yes-no' };
      return { ok: true, answer: { type: 'boolean', value: YES.has(n) }, unmatched: [] };
    }
    case 'date': {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
      const value = iso ? text : fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : null;
      if (value === null || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
        return { ok: false, problem: 'not-a-date' };
      return { ok: true, answer: { type: 'date', value }, unmatched: [] };
    }
    case 'choice': {
      const optionId = optionMatching(question, text);
      if (optionId !== undefined) return { ok: true, answer: { type: 'choice', optionId }, unmatched: [] };
      // As exported: the choice's label on the first line, its explanation below.
      const [first = '', ...rest] = text.split('\n');
      const firstId = optionMatching(question, first);
      if (firstId !== undefined && question.withComment)
        return {
          ok: true,
          answer: { type: 'choice', optionId: firstId, comment: rest.join('\n').trim() },
          unmatched: [],
        };
      if (!question.withComment) return { ok: false, problem: 'no-option' };
      // Not one of the choices: the record's words are kept as the explanation, the choice is left to the user.
      return { ok: true, answer: { type: 'choice', optionId: null, comment: text }, unmatched: [text] };
    }
    case 'multichoice': {
      const optionIds: string[] = [];
      const unmatched: string[] = [];
      for (const part of listParts(text)) {
        const id = optionMatching(question, part);
        if (id === undefined) unmatched.push(part);
        else if (!optionIds.includes(id)) optionIds.push(id);
      }
      if (unmatched.length > 0 && !question.withComment && optionIds.length === 0)
        return { ok: false, problem: 'no-option' };
      const comment = question.withComment && unmatched.length > 0 ? unmatched.join('\n') : undefined;
      return {
        ok: true,
        answer: { type: 'multichoice', optionIds, ...(comment === undefined ? {} : { comment }) },
        unmatched,
      };
    }
    case 'measures':
      return { ok: true, answer: { type: 'measures', comment: text }, unmatched: [] };
    default:
      return { ok: false, problem: 'no-option' };
  }
}

const withComment = (value: string, comment: string | undefined) =>
  [value, comment?.trim() ?? ''].filter((p) => p !== '').join('\n');

/** The answer as the record writes it: plain text in the given language; '' when unanswered. */
export function cellFromAnswer(
  question: Question,
  answer: Answer | undefined,
  assessment: Assessment,
  language: Language,
): string {
  const label = (id: string | null) => {
    const option = question.options?.find((o) => o.id === id);
    return option ? option.label[language] : '';
  };
  if (question.type === 'measures') {
    // The record's « general description of the security measures »: the words written for it, or the measures in place.
    const comment = answer?.type === 'measures' ? (answer.comment ?? '').trim() : '';
    if (comment !== '') return markdownToPlainText(comment);
    return assessment.measures
      .filter((m) => m.state === 'existing')
      .map((m) => m.title)
      .join(' ; ');
  }
  if (!answer || answer.type !== question.type) return '';
  switch (answer.type) {
    case 'text':
      return answer.text.trim();
    case 'richtext':
      return markdownToPlainText(answer.text);
    case 'number':
      return answer.value === null
        ? ''
        : `${answer.value}${question.unit ? ` ${question.unit[language]}` : ''}`;
    case 'boolean':
      return answer.value === null ? '' : YES_NO_LABELS[answer.value ? 'yes' : 'no'][language];
    case 'date':
      return answer.value ?? '';
    case 'choice':
      return withComment(label(answer.optionId), answer.comment);
    case 'multichoice':
      return withComment(answer.optionIds.map(label).filter(Boolean).join(' ; '), answer.comment);
    default:
      return '';
  }
}
