// What a reader should find of each answer in an export: the label, and the answer as the export writes it.
import { expect } from 'vitest';
import type { DpiaDocument } from '../../../core/format/document.ts';
import { frenchTypography } from '../../../core/markdown/french-typography.ts';
import { markdownToPlainText } from '../../../core/markdown/parse.ts';
import type { Answer } from '../../../core/model/assessment.ts';
import type { Language } from '../../../core/model/localized.ts';
import type { Question } from '../../../core/template/schema.ts';
import { normalise } from './docx-reader.ts';

/** What a reader should find of an answer, as the export writes it in that language. */
export function expectedTexts(question: Question, answer: Answer, language: Language): string[] {
  const typeset = (s: string) => normalise(language === 'fr' ? frenchTypography(s) : s);
  const option = (id: string) => question.options?.find((o) => o.id === id)?.label[language] ?? id;
  const lines = (md: string | undefined) =>
    md === undefined ? [] : markdownToPlainText(md).split('\n').map(typeset);
  switch (answer.type) {
    case 'richtext':
      return lines(answer.text);
    case 'text':
      return [typeset(answer.text)];
    case 'choice':
      return [typeset(option(answer.optionId ?? '')), ...lines(answer.comment)];
    case 'multichoice':
      return [...answer.optionIds.map((id) => typeset(option(id))), ...lines(answer.comment)];
    case 'boolean':
      return [answer.value === true ? (language === 'fr' ? 'Oui' : 'Yes') : language === 'fr' ? 'Non' : 'No'];
    case 'date':
    case 'number':
      return [];
    case 'table':
      return answer.rows.flatMap((row) =>
        (question.columns ?? []).flatMap((column) => {
          const value = row.cells[column.id] ?? '';
          if (value === '' || column.type === 'date') return [];
          return [
            typeset(
              column.type === 'choice'
                ? (column.options?.find((o) => o.id === value)?.label[language] ?? value)
                : value,
            ),
          ];
        }),
      );
    case 'cameras':
    case 'risks':
    case 'measures':
      return lines(answer.comment);
  }
}

/** Every answered question's label and answer text is in the text of the export. */
export function expectEveryAnswer(text: string, doc: DpiaDocument, language: Language): void {
  const typeset = (s: string) => normalise(language === 'fr' ? frenchTypography(s) : s);
  for (const section of doc.template.sections) {
    for (const item of section.items) {
      for (const question of item.questions) {
        const answer = doc.assessment.answers[question.id];
        if (answer === undefined) continue;
        expect(text, question.id).toContain(typeset(question.label[language]));
        for (const expected of expectedTexts(question, answer, language)) {
          if (expected.trim() !== '') expect(text, `${question.id}: ${expected}`).toContain(expected);
        }
      }
    }
  }
}
