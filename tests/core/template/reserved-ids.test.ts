// Ids that name Object.prototype's properties are refused by the template schema, so that a document whose
// template was accepted can always be reopened (the JSON reader refuses such keys).
import { describe, expect, it } from 'vitest';
import { isAnswered } from '../../../core/assessment/is-answered.ts';
import { parseJsonEntry } from '../../../core/format/safe-json.ts';
import { own } from '../../../core/model/own.ts';
import { StableId } from '../../../core/model/ids.ts';
import { Template } from '../../../core/template/schema.ts';
import { miniDocument, miniTemplate } from '../../fixtures/mini-document.ts';

describe('reserved ids', () => {
  it.each(['constructor', 'prototype', '__proto__'])('refuses %s as a stable id', (id) => {
    expect(StableId.safeParse(id).success).toBe(false);
    // Every id the schema refuses here is one the JSON reader refuses as a key.
    expect(() => parseJsonEntry(new TextEncoder().encode(`{"${id}": 1}`), 'x.dpia', 'a.json')).toThrow();
  });

  it('refuses a template with a question id "constructor"', () => {
    const template = structuredClone(miniTemplate);
    template.sections[0]!.items[0]!.questions[0]!.id = 'constructor';
    expect(Template.safeParse(template).success).toBe(false);
  });

  it('still accepts ids that merely contain a reserved word', () => {
    expect(StableId.safeParse('context.constructor-access').success).toBe(true);
  });

  it('looks answers up as own properties only', async () => {
    const { assessment } = await miniDocument();
    const question = {
      ...miniTemplate.sections[0]!.items[0]!.questions[0]!,
      id: 'constructor',
      type: 'text' as const,
    };
    expect(own(assessment.answers, 'constructor')).toBeUndefined();
    expect(isAnswered(question, { ...assessment, answers: {} })).toBe(false);
  });
});
