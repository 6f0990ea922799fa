import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBuiltinTemplates } from '../../../core/template/builtin.ts';
import { templateJsonSchemaText } from '../../../core/template/json-schema.ts';
import { allQuestions, findTemplateProblems } from '../../../core/template/validate-template.ts';
import type { Template } from '../../../core/template/schema.ts';

/** Every localized text in a template, with where it is. */
function localizedTexts(value: unknown, where = ''): { where: string; fr: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${where}/${i}`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string')
    return [{ where, fr: record.fr, en: record.en }];
  return Object.entries(record).flatMap(([key, v]) => localizedTexts(v, `${where}/${key}`));
}

describe.each(listBuiltinTemplates().map((t) => [t.id, t] as [string, Template]))(
  'built-in template %s',
  (_, template) => {
    it('has unique ids and every reference resolves', () => {
      expect(findTemplateProblems(template)).toEqual([]);
    });

    it('gives every question a French and an English label and guidance, and a legal reference', () => {
      for (const question of allQuestions(template)) {
        for (const text of [question.label, question.guidance]) {
          expect(text.fr.trim().length, question.id).toBeGreaterThan(10);
          expect(text.en.trim().length, question.id).toBeGreaterThan(10);
          expect(text.fr, question.id).not.toEqual(text.en);
        }
        expect(question.legalRefs.length, `${question.id} has no legal reference`).toBeGreaterThan(0);
      }
    });

    it('writes French with French typography: no plain space before ; : ! ? and no straight quotes', () => {
      for (const { where, fr } of localizedTexts(template)) {
        const plain = fr.replace(/https?:\/\/\S+/g, '');
        expect(plain, where).not.toMatch(/ [;:!?]/);
        expect(plain, where).not.toMatch(/"/);
      }
    });

    it('carries a knowledge base: both scales of four levels, risks, measures, definitions', () => {
      const kb = template.knowledgeBase;
      expect(kb.scales.severity.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      expect(kb.scales.likelihood.map((l) => l.level)).toEqual([1, 2, 3, 4]);
      expect(kb.risks.length).toBeGreaterThan(0);
      expect(kb.measures.length).toBeGreaterThan(0);
      expect(kb.definitions.length).toBeGreaterThan(0);
    });
  },
);

describe('the CSU template knows the video-protection law', () => {
  const csu = listBuiltinTemplates().find((t) => t.id === 'csu-videoprotection')!;
  const ids = new Set(allQuestions(csu).map((q) => q.id));

  it('covers every block of the domain reference', () => {
    expect(csu.sections.map((s) => s.id)).toEqual([
      'prescreening',
      'context',
      'principles',
      'modules',
      'measures',
      'risks',
      'validation',
    ]);
    for (const id of [
      'prescreening.dpia-required',
      'prescreening.prior-consultation',
      'context.purposes',
      'context.retention-days',
      'context.cameras',
      'principles.alternatives',
      'modules.lapi',
      'modules.facial-recognition',
      'modules.analytics',
      'modules.audio',
      'modules.videoverbalisation',
      'modules.donation',
      'measures.list',
      'risks.list',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('holds the risk catalogue R1–R20 and the measures catalogue M1–M37 (M35–M37: action-plan items)', () => {
    expect(csu.knowledgeBase.risks.map((r) => r.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `R${i + 1}`),
    );
    expect(csu.knowledgeBase.measures.map((m) => m.id)).toEqual(
      Array.from({ length: 37 }, (_, i) => `M${i + 1}`),
    );
  });

  it('cites the retention limit of CSI L252-5 and the LAPI reserve of L233-1', () => {
    const labels = csu.knowledgeBase.legalReferences.map((r) => r.label.fr).join(' | ');
    expect(labels).toMatch(/L252-5/);
    expect(labels).toMatch(/L233-1/);
  });
});

describe('templates/schema.json', () => {
  it('is up to date with the zod schema (run "npm run schema" after changing it)', () => {
    const onDisk = readFileSync(new URL('../../../templates/schema.json', import.meta.url), 'utf8');
    expect(onDisk).toEqual(templateJsonSchemaText());
  });
});
