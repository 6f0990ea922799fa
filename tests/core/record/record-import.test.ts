import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../core/assessment/new-assessment.ts';
import { Assessment } from '../../../core/model/assessment.ts';
import { RECORD_LIMITS } from '../../../core/format/limits.ts';
import { recordRowTable } from '../../../core/record/export-row.ts';
import {
  applyRecordImport,
  planRecordImport,
  type RecordProposal,
} from '../../../core/record/import-plan.ts';
import {
  checkRecordTable,
  guessRecordMapping,
  recordColumns,
  searchRecordRows,
} from '../../../core/record/table.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import type { Template } from '../../../core/template/schema.ts';
import { findTemplateProblems } from '../../../core/template/validate-template.ts';

const template = getBuiltinTemplate('csu-videoprotection')!;
const blank = () =>
  createAssessment({ template, language: 'fr', now: new Date('2026-12-01T09:00:00Z'), newId: randomUUID });

const headers = [
  'N° de fiche',
  'Nom du traitement',
  'Responsable du traitement',
  'DPO',
  'Finalités',
  'Personnes concernées',
  'Catégories de données',
  'Destinataires',
  'Durée de conservation',
  'Transferts hors UE',
  'Mesures de sécurité',
  'Observations',
];
const csuRow = [
  'T-012',
  'Vidéoprotection de la voie publique',
  'Commune de Valmont-sur-Escaut',
  'Agence DPO mutualisée',
  'Protection des bâtiments publics ; prévention des atteintes aux biens',
  'Passants ; Riverains et habitants ; cyclistes',
  'Images des personnes filmées, plaques visibles',
  'Police municipale ; OPJ sur réquisition',
  '30 jours',
  'Aucun transfert',
  'Habilitations nominatives ; journalisation',
  'Revue annuelle',
];
const table = [
  headers,
  ['T-001', 'Gestion de l’état civil', 'Commune', '', '', '', '', '', '', '', '', ''],
  csuRow,
];

function plan(assessment: Assessment, row: readonly string[] = csuRow, tpl: Template = template) {
  return planRecordImport({
    row,
    mapping: guessRecordMapping(headers),
    assessment,
    template: tpl,
    language: 'fr',
  });
}
const byKey = (proposals: RecordProposal[], key: string) => proposals.find((p) => p.key === key);

describe('mapping the columns of a record', () => {
  it('recognises French and English headers and leaves unknown columns unmapped', () => {
    expect(guessRecordMapping(headers)).toEqual([
      null, // « N° de fiche » is not a known header: the user maps it
      'name',
      'controller',
      'dpo',
      'purposes',
      'data-subjects',
      'data-categories',
      'recipients',
      'retention',
      'transfers',
      'security-measures',
      null,
    ]);
    expect(guessRecordMapping(['Reference', 'Processing name', 'Controller', 'Recipients', 'Ref'])).toEqual([
      'reference',
      'name',
      'controller',
      'recipients',
      null, // a field is used once
    ]);
  });

  it('finds the row by words of its reference or name, accents and case aside', () => {
    const mapping = guessRecordMapping(headers);
    mapping[0] = 'reference';
    expect(searchRecordRows(table, mapping, 'VIDEOPROTECTION voie')).toEqual([2]);
    expect(searchRecordRows(table, mapping, 't-0')).toEqual([1, 2]);
    expect(searchRecordRows(table, mapping, '')).toEqual([1, 2]);
    expect(searchRecordRows(table, mapping, 'cantine')).toEqual([]);
  });

  it('refuses a table without data rows, or too large, as a whole', () => {
    expect(checkRecordTable([headers])).toEqual({ key: 'empty' });
    const wide = [Array.from({ length: RECORD_LIMITS.maxColumns + 1 }, () => 'x'), ['1']];
    expect(checkRecordTable(wide)?.key).toBe('too-many-columns');
    const long = Array.from({ length: RECORD_LIMITS.maxRows + 2 }, () => ['x']);
    expect(checkRecordTable(long)?.key).toBe('too-many-rows');
    expect(checkRecordTable(table)).toBeNull();
  });
});

describe('pre-filling an assessment from its record entry', () => {
  it('shows what each answer would become, and fills the empty ones', () => {
    const assessment = blank();
    const proposals = plan(assessment);
    expect(byKey(proposals, 'meta:dpo')).toMatchObject({ state: 'fill', incoming: 'Agence DPO mutualisée' });
    expect(byKey(proposals, 'question:context.retention-days')).toMatchObject({
      state: 'fill',
      incoming: '30 jours',
    });
    const subjects = byKey(proposals, 'question:context.data-subjects')!;
    // Options are matched by their label; the rest is kept in the explanation, and shown.
    expect(subjects.unmatched).toEqual(['cyclistes']);
    const transfers = byKey(proposals, 'question:principles.transfers')!;
    expect(transfers.incoming).toBe('Aucun transfert');

    const after = applyRecordImport(
      assessment,
      proposals,
      {},
      recordColumns(headers, guessRecordMapping(headers)),
    );
    expect(Assessment.safeParse(after).success).toBe(true);
    expect(after.meta.dpo).toBe('Agence DPO mutualisée');
    expect(after.meta.controller).toBe('Commune de Valmont-sur-Escaut');
    // One controller field: the overview question follows the general information, with no choice of its own.
    expect(byKey(proposals, 'question:context.controller')).toBeUndefined();
    expect(after.answers['context.controller']).toEqual({
      type: 'text',
      text: 'Commune de Valmont-sur-Escaut',
    });
    expect(after.meta.recordEntry).toMatchObject({
      name: 'Vidéoprotection de la voie publique',
      reference: '',
    });
    expect(after.answers['context.retention-days']).toEqual({ type: 'number', value: 30 });
    expect(after.answers['principles.transfers']).toEqual({ type: 'choice', optionId: 'none' });
    expect(after.answers['context.data-subjects']).toEqual({
      type: 'multichoice',
      optionIds: ['passers-by', 'residents'],
      comment: 'cyclistes',
    });
    expect(after.answers['measures.list']).toEqual({
      type: 'measures',
      comment: 'Habilitations nominatives ; journalisation',
    });
  });

  it('never overwrites an existing answer unless asked: keep by default, replace or append by choice', () => {
    const assessment = blank();
    assessment.meta.dpo = 'Mme Martin';
    assessment.answers['context.recipients'] = { type: 'richtext', text: 'Le maire.' };
    assessment.answers['context.data-subjects'] = { type: 'multichoice', optionIds: ['minors'] };
    assessment.answers['context.retention-days'] = { type: 'number', value: 30 };
    const proposals = plan(assessment);
    expect(byKey(proposals, 'meta:dpo')).toMatchObject({
      state: 'conflict',
      current: 'Mme Martin',
      appendable: false,
    });
    expect(byKey(proposals, 'question:context.recipients')).toMatchObject({
      state: 'conflict',
      appendable: true,
    });
    expect(byKey(proposals, 'question:context.retention-days')!.state).toBe('same');

    const kept = applyRecordImport(assessment, proposals, {});
    expect(kept.meta.dpo).toBe('Mme Martin');
    expect(kept.answers['context.recipients']).toEqual({ type: 'richtext', text: 'Le maire.' });

    const chosen = applyRecordImport(assessment, proposals, {
      'meta:dpo': 'replace',
      'question:context.recipients': 'append',
      'question:context.data-subjects': 'append',
    });
    expect(chosen.meta.dpo).toBe('Agence DPO mutualisée');
    expect(chosen.answers['context.recipients']).toEqual({
      type: 'richtext',
      text: 'Le maire.\n\nPolice municipale ; OPJ sur réquisition',
    });
    expect(chosen.answers['context.data-subjects']).toMatchObject({
      optionIds: ['minors', 'passers-by', 'residents'],
    });
    // A choice that cannot append (a number) changes nothing.
    const odd = applyRecordImport(assessment, proposals, { 'meta:dpo': 'append' });
    expect(odd.meta.dpo).toBe('Mme Martin');
  });

  it('an empty cell never erases an answer', () => {
    const assessment = blank();
    assessment.meta.dpo = 'Mme Martin';
    const row = [...csuRow];
    row[3] = '   ';
    expect(byKey(plan(assessment, row), 'meta:dpo')).toBeUndefined();
  });

  it('refuses hostile cells one by one: formulas, huge cells; control characters are dropped', () => {
    const row = [...csuRow];
    row[1] = '=HYPERLINK("http://evil.example","clic")';
    row[4] = 'x'.repeat(RECORD_LIMITS.maxCellChars + 1);
    row[7] = 'Police\u0000 municipale\u202E\u0007';
    row[3] = "'=1+1"; // our own export's formula guard: the text is "=1+1", still a formula
    const proposals = plan(blank(), row);
    expect(byKey(proposals, 'entry:name')).toMatchObject({ state: 'refused', problem: 'formula' });
    expect(byKey(proposals, 'question:context.purposes')).toMatchObject({
      state: 'refused',
      problem: 'too-long',
    });
    expect(byKey(proposals, 'question:context.recipients')!.incoming).toBe('Police municipale');
    expect(byKey(proposals, 'meta:dpo')!.state).toBe('refused');
    const after = applyRecordImport(blank(), proposals, {});
    expect(after.answers['context.purposes']).toBeUndefined();
    expect(Assessment.safeParse(after).success).toBe(true);
  });

  it('refuses what the model would refuse: a number too large to be finite, an append past a text’s limit', () => {
    const row = [...csuRow];
    row[8] = '9'.repeat(400);
    expect(byKey(plan(blank(), row), 'question:context.retention-days')).toMatchObject({
      state: 'refused',
      problem: 'not-a-number',
    });
    const assessment = blank();
    assessment.answers['context.recipients'] = { type: 'richtext', text: 'x'.repeat(996_000) };
    const long = [...csuRow];
    long[7] = 'y'.repeat(5_000);
    const recipients = byKey(plan(assessment, long), 'question:context.recipients')!;
    expect(recipients).toMatchObject({ state: 'conflict', appendable: false });
    const after = applyRecordImport(assessment, plan(assessment, long), {
      'question:context.recipients': 'append',
    });
    expect(Assessment.safeParse(after).success).toBe(true);
  });

  it('refuses a cell that does not fit the question, saying why', () => {
    const row = [...csuRow];
    row[8] = 'le temps nécessaire';
    expect(byKey(plan(blank(), row), 'question:context.retention-days')).toMatchObject({
      state: 'refused',
      problem: 'not-a-number',
    });
  });

  it('keeps any assessment valid, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { minLength: 12, maxLength: 12 }), (row) => {
        const proposals = plan(blank(), row);
        const choices = Object.fromEntries(
          proposals.map((p) => [p.key, p.appendable ? 'append' : 'replace'] as const),
        );
        expect(Assessment.safeParse(applyRecordImport(blank(), proposals, choices)).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('reads the tags of the built-in template when a frozen template has none', () => {
    const untagged = structuredClone(template);
    for (const s of untagged.sections)
      for (const i of s.items) for (const q of i.questions) delete q.recordField;
    const assessment = blank();
    const without = planRecordImport({
      row: csuRow,
      mapping: guessRecordMapping(headers),
      assessment,
      template: untagged,
      language: 'fr',
    });
    expect(byKey(without, 'question:context.purposes')).toBeUndefined();
    const withTags = planRecordImport({
      row: csuRow,
      mapping: guessRecordMapping(headers),
      assessment,
      template: untagged,
      tagsFrom: template,
      language: 'fr',
    });
    expect(byKey(withTags, 'question:context.purposes')!.state).toBe('fill');
  });
});

describe('recordField in a template', () => {
  it('tags the built-in templates consistently, and refuses a tag on a question that cannot receive a cell', () => {
    expect(findTemplateProblems(template)).toEqual([]);
    const tagged = structuredClone(template);
    const table = tagged.sections[0]!.items.flatMap((i) => i.questions).find((q) => q.type === 'table')!;
    table.recordField = 'recipients';
    expect(findTemplateProblems(tagged)).toEqual([
      expect.stringMatching(/a table question cannot receive the record's "recipients"$/),
    ]);
  });
});

describe('the assessment as a row of the record', () => {
  it('writes the row in the layout the user mapped, and reads back the same answers', () => {
    const mapping = guessRecordMapping(headers);
    mapping[0] = 'reference';
    const imported = applyRecordImport(
      blank(),
      planRecordImport({ row: csuRow, mapping, assessment: blank(), template, language: 'fr' }),
      {},
      recordColumns(headers, mapping),
    );
    const [header, row] = recordRowTable(imported, template, 'fr');
    expect(header).toEqual(headers);
    expect(row![0]).toBe('T-012');
    expect(row![11]).toBe(''); // « Observations » is not a field: left blank
    expect(row![8]).toBe('30 jours');
    // Imported into a blank assessment, the exported row gives the same answers.
    const again = applyRecordImport(
      blank(),
      planRecordImport({ row: row!, mapping, assessment: blank(), template, language: 'fr' }),
      {},
    );
    expect(again.answers).toEqual(imported.answers);
    expect(again.meta.dpo).toBe(imported.meta.dpo);
  });

  it('uses the default layout, labelled in the language asked, without an imported layout', () => {
    const assessment = blank();
    assessment.meta.recordEntry = { reference: 'T-9', name: 'CSU', controller: 'Commune' };
    assessment.measures = [];
    const [header, row] = recordRowTable(assessment, template, 'en');
    expect(header![0]).toBe('Reference');
    expect(header).toContain('Security measures');
    expect(row!.slice(0, 3)).toEqual(['T-9', 'CSU', 'Commune']);
  });
});
