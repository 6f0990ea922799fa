// The findings annex and the findings' places read the template once, not once per finding: a template with
// tens of thousands of sections and as many findings used never to finish exporting.
import { describe, expect, it } from 'vitest';
import { findingsForExport } from '../../../core/checks/export.ts';
import type { Finding } from '../../../core/checks/finding.ts';
import { createContext } from '../../../core/export/docx/context.ts';
import { findingsAnnex } from '../../../core/export/docx/findings.ts';
import type { Template } from '../../../core/template/schema.ts';
import { miniDocument, miniTemplate } from '../../fixtures/mini-document.ts';

const SECTIONS = 300;
const FINDINGS = 400;

/** The mini template with SECTIONS more sections, counting how often any item's questions are read. */
function countingTemplate(): { template: Template; reads: () => number } {
  const template = structuredClone(miniTemplate);
  const question = template.sections[0]!.items[0]!.questions[0]!;
  let reads = 0;
  for (let i = 0; i < SECTIONS; i++) {
    const item = {
      id: `s${i}.i`,
      title: { fr: 'I', en: 'I' },
      evaluationMode: 'none' as const,
    } as Template['sections'][number]['items'][number];
    const questions = [{ ...question, id: `s${i}.q` }];
    Object.defineProperty(item, 'questions', { enumerable: true, get: () => (reads++, questions) });
    template.sections.push({ id: `s${i}`, title: { fr: 'S', en: 'S' }, items: [item] });
  }
  return { template, reads: () => reads };
}

describe('findings at scale', () => {
  it('names the places of many findings reading the template once', () => {
    const { template, reads } = countingTemplate();
    const findings: Finding[] = Array.from({ length: FINDINGS }, (_, i) => ({
      id: 'completeness.required',
      severity: 'warning',
      message: { fr: 'm', en: 'm' },
      legalRef: { fr: '', en: '' },
      location: { kind: 'question', id: i % 2 === 0 ? 'absent.question' : `s${SECTIONS - 1}.q` },
      related: [],
    }));
    const exported = findingsForExport(findings, 'en', template);
    expect(exported[1]!.location).toBe('S › Describe the processing');
    expect(reads()).toBeLessThanOrEqual(SECTIONS);
  });

  it('builds the findings annex reading the template once', async () => {
    const { template, reads } = countingTemplate();
    const document = { ...(await miniDocument()), template };
    const findings = Array.from({ length: FINDINGS }, (_, i) => ({
      id: `f${i}`,
      severity: 'info' as const,
      message: 'm',
      legalRef: '',
      location: 'nowhere',
    }));
    const ctx = createContext(document, { language: 'en', findings });
    const before = reads();
    findingsAnnex(ctx, findings, 'A', false);
    expect(reads() - before).toBeLessThanOrEqual(SECTIONS);
  });
});
