// The built-in example, exported in both languages: everything its DPO wrote reaches the Word file.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExample } from '../../../core/example/build-example.ts';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import type { DpiaDocument } from '../../../core/format/document.ts';
import { frenchTypography } from '../../../core/markdown/french-typography.ts';
import { Template } from '../../../core/template/schema.ts';
import csuVideoprotection from '../../../templates/csu-videoprotection.json' with { type: 'json' };
import { normalise, openDocx } from './docx-reader.ts';
import type { OpenedDocx } from './docx-reader.ts';
import { expectEveryAnswer } from './expected-text.ts';
import { documentOf } from './fixtures.ts';

describe.each(['fr', 'en'] as const)('Word export of the built-in example in %s', (language) => {
  let doc: DpiaDocument;
  let docx: OpenedDocx;
  const typeset = (s: string) => normalise(language === 'fr' ? frenchTypography(s) : s);

  beforeAll(async () => {
    const { assessment, attachments } = await buildExample();
    doc = documentOf(assessment, Template.parse(csuVideoprotection), attachments);
    docx = await openDocx(await buildDocx(doc, { language }));
  });

  it('shows every answered question of the template with its answer', () => {
    expectEveryAnswer(docx.text, doc, language);
  });

  it('names the town and lists every camera, risk and measure', () => {
    expect(docx.text).toContain(typeset(doc.assessment.meta.organisation));
    const cameras = docx.table(doc.assessment.cameras[0]?.code ?? '');
    const codes = new Set(cameras.map((row) => row[0]));
    for (const camera of doc.assessment.cameras) expect(codes.has(camera.code), camera.code).toBe(true);
    for (const risk of doc.assessment.risks) expect(docx.text).toContain(typeset(risk.title));
    for (const measure of doc.assessment.measures) expect(docx.text).toContain(typeset(measure.title));
  });

  it('lists the attachments with their SHA-256', () => {
    for (const attachment of doc.assessment.attachments)
      expect(docx.text).toContain(attachment.sha256.slice(0, 32));
  });

  it('shows the verdicts of the reviewers', () => {
    const words = {
      acceptable: ['Acceptable'],
      improvable: ['Améliorable', 'Improvable'],
      'to-correct': ['À corriger', 'To correct'],
    };
    for (const evaluation of Object.values(doc.assessment.evaluations)) {
      const word = words[evaluation.verdict][language === 'fr' ? 0 : 1] ?? words[evaluation.verdict][0];
      expect(docx.text).toContain(word);
    }
  });
});
