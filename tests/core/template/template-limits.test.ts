// Templates have bounded sizes, checked wherever one is read: a template file, or the frozen copy in a .dpia.
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { TEMPLATE_LIMITS } from '../../../core/format/limits.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { listBuiltinTemplates } from '../../../core/template/builtin.ts';
import { exportTemplateFile, importTemplateFile } from '../../../core/template/template-file.ts';
import type { Template } from '../../../core/template/schema.ts';
import { findTemplateProblems } from '../../../core/template/validate-template.ts';
import { miniDocument, miniTemplate } from '../../fixtures/mini-document.ts';
import { rewrite } from '../../fixtures/zip-tools.ts';

function withSections(count: number): Template {
  const template = structuredClone(miniTemplate);
  const question = template.sections[0]!.items[0]!.questions[0]!;
  for (let i = 0; i < count; i++)
    template.sections.push({
      id: `s${i}`,
      title: { fr: 'S', en: 'S' },
      items: [
        {
          id: `s${i}.i`,
          title: { fr: 'I', en: 'I' },
          evaluationMode: 'none',
          questions: [{ ...question, id: `s${i}.q` }],
        },
      ],
    });
  return template;
}

describe('template limits', () => {
  it('leaves the built-in templates well inside the limits', () => {
    for (const template of listBuiltinTemplates()) expect(findTemplateProblems(template)).toEqual([]);
  });

  it('refuses a template file with too many sections, naming the limit', () => {
    const bytes = exportTemplateFile(withSections(TEMPLATE_LIMITS.maxSections));
    const error = (() => {
      try {
        importTemplateFile(bytes, 'enorme.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DpiaError);
    expect((error as DpiaError).localized('en')).toContain(`more than ${TEMPLATE_LIMITS.maxSections}`);
  });

  it('refuses a text longer than a template may hold', () => {
    const template = structuredClone(miniTemplate);
    template.description = { fr: 'x'.repeat(TEMPLATE_LIMITS.maxTextLength + 1), en: 'x' };
    expect(findTemplateProblems(template)[0]).toMatch(/^description\/fr: .*longer than/);
  });

  it('refuses a .dpia file whose frozen template is over the limits, and never writes one', async () => {
    const document = await miniDocument();
    const big = withSections(TEMPLATE_LIMITS.maxSections);
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file: 'x.dpia' });
    const forged = rewrite(bytes, (entries) => {
      entries['template.json'] = exportTemplateFile(big);
    });
    await expect(readDpia(forged, { file: 'x.dpia' })).rejects.toMatchObject({ code: 'invalid-content' });
    await expect(
      writeDpia({ ...document, template: big }, { createdWith: 'tests', file: 'x.dpia' }),
    ).rejects.toMatchObject({ code: 'save-template-too-large' });
  });
});
