// The controller, one fact in two places: an edit of either writes both, and only where the template asks it.
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import { asksController, CONTROLLER_QUESTION, setController } from '../../../core/assessment/controller.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import { findAnswerMismatch } from '../../../core/template/answers.ts';

const csu = getBuiltinTemplate('csu-videoprotection')!;
const cnil = getBuiltinTemplate('cnil-method')!;
const blank = (template: typeof csu) =>
  createAssessment({
    template,
    language: 'fr',
    now: new Date('2026-12-02'),
    newId: () => crypto.randomUUID(),
  });

describe('setController', () => {
  it('writes the general information and the CSU question together', () => {
    expect(asksController(csu)).toBe(true);
    const after = setController('Commune de Testville, représentée par son maire', true)(blank(csu));
    expect(after.meta.controller).toBe('Commune de Testville, représentée par son maire');
    expect(after.answers[CONTROLLER_QUESTION]).toEqual({
      type: 'text',
      text: 'Commune de Testville, représentée par son maire',
    });
    expect(findAnswerMismatch(after, csu)).toBeNull();
  });

  it('leaves the answers alone for a template that does not ask it', () => {
    expect(asksController(cnil)).toBe(false);
    const before = blank(cnil);
    const after = setController('Commune de Testville', asksController(cnil))(before);
    expect(after.meta.controller).toBe('Commune de Testville');
    expect(after.answers).toBe(before.answers);
  });
});
