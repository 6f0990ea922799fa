// The one count of findings (navigation, findings page, validation card, CLI, Word) and the page's grouping.
import { describe, expect, it } from 'vitest';
import {
  filterFindings,
  findingRows,
  runChecks,
  sectionIndex,
  summarizeFindings,
  type Finding,
} from '../../../core/checks/index.ts';
import { CLI_TEXT } from '../../../cli/messages.ts';
import { filedLabelsFor } from '../../../core/export/docx/labels-filed.ts';
import { cleanAssessment, csuTemplate, TODAY } from './fixtures.ts';

function withGaps(): Finding[] {
  const assessment = cleanAssessment();
  for (const id of ['context.purposes', 'context.retention-days', 'principles.minimisation'])
    delete assessment.answers[id];
  assessment.cameras[0]!.purposes = [];
  return runChecks(assessment, csuTemplate(), { asOf: TODAY });
}

describe('summarizeFindings', () => {
  it('counts every finding once, and says how many of the errors are missing answers', () => {
    const findings = withGaps();
    const summary = summarizeFindings(findings);
    const missing = findings.filter((f) => f.id === 'completeness.required-answer' && f.severity === 'error');
    expect(missing.length).toBeGreaterThan(0);
    expect(summary.missingAnswers).toBe(missing.length);
    expect(summary.error).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(summary.error).toBeGreaterThan(summary.missingAnswers);
    expect(summary.total).toBe(findings.length);
    expect(summary.error + summary.warning + summary.info).toBe(summary.total);
  });

  it('counts nothing in a clean assessment', () => {
    const template = csuTemplate();
    const findings = runChecks(cleanAssessment(), template, { asOf: TODAY });
    expect(summarizeFindings(findings).missingAnswers).toBe(0);
  });
});

describe('findingRows', () => {
  it('folds the missing answers of each section into one group, where the first of them stood', () => {
    const template = csuTemplate();
    const findings = withGaps();
    const rows = findingRows(findings, template);
    const groups = rows.filter((r) => r.kind === 'missing-answers');
    const sectionOf = sectionIndex(template);
    const sections = new Set(
      findings.filter((f) => f.id === 'completeness.required-answer').map((f) => sectionOf(f.location)),
    );
    expect(groups.map((g) => g.sectionId).sort()).toEqual([...sections].sort());
    // Nothing lost, nothing repeated.
    const flattened = rows.flatMap((r) => (r.kind === 'finding' ? [r.finding] : r.findings));
    expect(new Set(flattened)).toEqual(new Set(findings));
    expect(flattened).toHaveLength(findings.length);
    const context = groups.find((g) => g.sectionId === 'context');
    expect(context?.findings.map((f) => f.location.id).sort()).toEqual([
      'context.purposes',
      'context.retention-days',
    ]);
  });
});

describe('filterFindings', () => {
  it('keeps the severities and the section asked for', () => {
    const template = csuTemplate();
    const findings = withGaps();
    const errors = filterFindings(findings, { severities: ['error'] }, template);
    expect(errors.length).toBe(summarizeFindings(findings).error);
    const context = filterFindings(findings, { section: 'context' }, template);
    expect(context.length).toBeGreaterThan(0);
    expect(context.every((f) => sectionIndex(template)(f.location) === 'context')).toBe(true);
    expect(filterFindings(findings, {}, template)).toEqual(findings);
  });
});

describe('the count as the CLI and the Word synthesis print it', () => {
  const summary = { error: 40, warning: 5, info: 2, total: 47, missingAnswers: 34 };

  it('says how many of the errors are missing answers, in both languages', () => {
    expect(CLI_TEXT.fr.findingsSummary('AIPD', summary)).toBe(
      'AIPD\u202F: 40 erreurs, dont 34 réponses manquantes, 5 avertissements, 2 pour information.',
    );
    expect(CLI_TEXT.en.findingsSummary('DPIA', summary)).toBe(
      'DPIA: 40 errors, 5 warnings, 2 for information. Of the errors, 34 are missing answers.',
    );
    expect(filedLabelsFor('fr').synthesis.openErrorsText(40, 34)).toBe(
      '40 erreurs, dont 34 réponses manquantes (annexe des constats)',
    );
    expect(filedLabelsFor('en').synthesis.openErrorsText(1, 1)).toBe(
      '1 error, of which 1 missing answer (findings annex)',
    );
    expect(filedLabelsFor('fr').synthesis.openErrorsText(6, 0)).toBe('6 erreurs (annexe des constats)');
  });
});
