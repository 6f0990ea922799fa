import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import {
  ADDED_QUESTION_TARGET,
  ITEMS,
  MEASURES_ITEM,
  NOTES_QUESTION,
  QUESTIONS,
  RISKS_ITEM,
} from '../../../core/import/cnil/mapping.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import { allQuestions } from '../../../core/template/validate-template.ts';

const template = getBuiltinTemplate('cnil-method')!;
const questions = new Map(allQuestions(template).map((q) => [q.id, q]));
const items = new Map(template.sections.flatMap((s) => s.items).map((i) => [i.id, i]));

describe('the cnil-method template', () => {
  it('follows the CNIL method: context, principles, measures, risks, validation', () => {
    expect(template.sections.map((s) => s.id)).toEqual([
      'context',
      'principles',
      'measures',
      'risks',
      'validation',
    ]);
    expect(template.languages).toEqual(['fr', 'en']);
  });

  it('has a rich-text question for each CNIL question of sections 1 and 2, and the places the import uses', () => {
    for (const id of [...Object.values(QUESTIONS), ...Object.values(ADDED_QUESTION_TARGET), NOTES_QUESTION]) {
      expect(questions.get(id)?.type, id).toBe('richtext');
    }
    expect(items.get(ITEMS['1.1']!)?.evaluationMode).toBe('item');
    expect(items.get('principles.necessity')?.evaluationMode).toBe('question');
    expect(items.get(MEASURES_ITEM)?.questions.map((q) => q.type)).toEqual(['measures']);
    expect(items.get(RISKS_ITEM)?.questions[0]?.type).toBe('risks');
  });

  it('starts a blank assessment like any template', () => {
    const assessment = createAssessment({
      template,
      language: 'en',
      now: new Date('2026-03-01T09:00:00Z'),
      newId: () => '00000000-0000-4000-8000-000000000001',
    });
    expect(assessment.meta).toMatchObject({ templateId: 'cnil-method', title: template.title.en });
  });
});
