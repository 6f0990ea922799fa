import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import { DpiaError } from '../../../core/errors.ts';
import { answersNotCarried, assessmentToTemplate } from '../../../core/template/save-as-template.ts';
import { exportTemplateFile, importTemplateFile } from '../../../core/template/template-file.ts';
import { findTemplateProblems } from '../../../core/template/validate-template.ts';
import { importSample, sampleJson } from '../import/cnil-samples.ts';

const { document } = importSample(sampleJson('captoo'));
const { assessment, template } = document;
const options = { id: 'consultant-sommeil', version: '1.0.0', title: 'Objets connectés de sommeil' };

describe('save as template', () => {
  it('without answers: the questions and knowledge base of the frozen template, under a new id and version', () => {
    const made = assessmentToTemplate(assessment, template, { ...options, withAnswers: false });
    expect(made).toMatchObject({
      id: 'consultant-sommeil',
      version: '1.0.0',
      title: { fr: options.title, en: options.title },
    });
    expect(made.author).toBe('Elisabeth York');
    expect(made.description.fr).toContain('Captoo');
    expect(made.sections).toEqual(template.sections);
    expect(made.knowledgeBase).toEqual(template.knowledgeBase);
    expect(findTemplateProblems(made)).toEqual([]);
  });

  it('with answers: text answers become pre-filled texts, copied and marked for the other language', () => {
    const made = assessmentToTemplate(assessment, template, { ...options, withAnswers: true });
    const question = made.sections[0]!.items[0]!.questions[0]!;
    const answer = assessment.answers[question.id];
    expect(answer?.type).toBe('richtext');
    expect(question.placeholder?.fr).toBe(answer?.type === 'richtext' ? answer.text : '');
    expect(question.placeholder?.en).toMatch(
      /^\*Answer taken from a DPIA written in French: to be translated\.\*/,
    );
    const fresh = createAssessment({
      template: made,
      language: 'fr',
      now: new Date(),
      newId: () => crypto.randomUUID(),
    });
    expect(fresh.answers[question.id]).toEqual(answer);
    expect(importTemplateFile(exportTemplateFile(made), 'made.json')).toEqual(made);
  });

  it('says which answers a template cannot carry (only texts can be pre-filled)', () => {
    const withChoice = structuredClone(assessment);
    withChoice.answers['context.processing'] = { type: 'boolean', value: true };
    expect(answersNotCarried(withChoice, template)).toEqual(['context.processing']);
    expect(answersNotCarried(assessment, template)).toEqual([]);
  });

  it('refuses a bad id, a bad version and the id of a built-in template', () => {
    const codes = [
      { ...options, id: 'Mon Modèle' },
      { ...options, version: '1.0' },
      { ...options, id: 'csu-videoprotection' },
    ].map((o) => {
      try {
        assessmentToTemplate(assessment, template, { ...o, withAnswers: false });
      } catch (error) {
        return error instanceof DpiaError ? error.code : 'other';
      }
      return 'none';
    });
    expect(codes).toEqual(['invalid-template-id', 'invalid-template-version', 'builtin-template-id']);
  });
});
