// The examples as documents: each paired with the built-in template, whose questions its answers fit.
import { describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import { findAnswerMismatch } from '../../../core/template/answers.ts';
import { allQuestions } from '../../../core/template/validate-template.ts';

describe('buildExampleDocument', () => {
  it('pairs the example with the template it names, unsigned', async () => {
    const document = await buildExampleDocument();
    expect(document.template.id).toBe(document.assessment.meta.templateId);
    expect(document.template.version).toBe(document.assessment.meta.templateVersion);
    expect(document.signature).toBeNull();
    expect(document.attachments.size).toBe(document.assessment.attachments.length);
  });

  it('answers every question of the template, each with the question’s type and options', async () => {
    const { assessment, template } = await buildExampleDocument();
    expect(findAnswerMismatch(assessment, template)).toBeNull();
    for (const question of allQuestions(template)) {
      expect(assessment.answers[question.id]?.type, question.id).toBe(question.type);
    }
  });

  it('evaluates every item or question the template asks the reviewer to judge', async () => {
    const { assessment, template } = await buildExampleDocument();
    for (const item of template.sections.flatMap((section) => section.items)) {
      const ids =
        item.evaluationMode === 'item'
          ? [item.id]
          : item.evaluationMode === 'question'
            ? item.questions.map((q) => q.id)
            : [];
      for (const id of ids) expect(assessment.evaluations[id], id).toBeDefined();
    }
  });
});
