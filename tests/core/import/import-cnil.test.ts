import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { cnilTextToMarkdown } from '../../../core/import/cnil/html-to-markdown.ts';
import { importCnilExport } from '../../../core/import/cnil/import-cnil.ts';
import { QUESTIONS } from '../../../core/import/cnil/mapping.ts';
import { describeReportEntry, reportLines } from '../../../core/import/cnil/report.ts';
import { markdownToPlainText } from '../../../core/markdown/parse.ts';
import { Assessment } from '../../../core/model/assessment.ts';
import { findAnswerMismatch } from '../../../core/template/answers.ts';
import { idCounter, importSample, NOW, SAMPLES, sampleJson, type SampleName } from './cnil-samples.ts';

const text = (a: Assessment, id: string) => {
  const answer = a.answers[id];
  return answer?.type === 'richtext' ? answer.text : '';
};

/** A CNIL text as a reader of our document sees it. */
const readable = (source: string | null | undefined) =>
  markdownToPlainText(cnilTextToMarkdown(source)).replace(/\s+/g, ' ').trim();

/** Every text the assessment holds, as a reader sees it (Markdown removed), in one string. */
function readableText(assessment: Assessment): string {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value, markdownToPlainText(value));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(assessment);
  return out.join('\n').replace(/\s+/g, ' ');
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Every text a CNIL export carries, field by field. */
function exportTexts(json: ReturnType<typeof sampleJson>): string[] {
  const texts: string[] = [];
  const pia = json.pia;
  for (const key of [
    'name',
    'author_name',
    'evaluator_name',
    'validator_name',
    'dpos_names',
    'dpo_opinion',
    'concerned_people_searched_content',
    'people_names',
    'concerned_people_opinion',
    'rejection_reason',
    'applied_adjustments',
    'category',
  ])
    texts.push(str(pia[key]));
  for (const a of json.answers) {
    const data = a.data as { text?: string | null; list?: string[] };
    texts.push(data.text ?? '', ...(data.list ?? []));
  }
  for (const m of json.measures) texts.push(str(m.title), str(m.content));
  for (const e of json.evaluations)
    texts.push(str(e.evaluation_comment), str(e.action_plan_comment), str(e.person_in_charge));
  for (const c of json.comments) texts.push(str(c.description));
  return texts.filter((t) => t !== '');
}

describe.each(Object.keys(SAMPLES) as SampleName[])('importing the CNIL sample %s', (name) => {
  const json = sampleJson(name);
  const { document, report } = importSample(json);
  const { assessment, template } = document;

  it('gives a valid assessment on the cnil-method template', () => {
    expect(Assessment.safeParse(assessment).success).toBe(true);
    expect(findAnswerMismatch(assessment, template)).toBeNull();
    expect(template.id).toBe('cnil-method');
    expect(assessment.meta.templateId).toBe('cnil-method');
  });

  it('maps every answer of sections 1 and 2 onto its question', () => {
    for (const [cnil, ours] of Object.entries(QUESTIONS)) {
      const source = json.answers.find((a) => String(a.reference_to) === cnil);
      const words = readable((source?.data as { text?: string }).text)
        .split(' ')
        .slice(0, 6)
        .join(' ');
      expect(markdownToPlainText(text(assessment, ours)).replace(/\s+/g, ' '), cnil).toContain(words);
    }
  });

  it('makes one risk per feared event, with lists and initial gauges', () => {
    expect(assessment.risks.map((r) => r.fearedEvent)).toEqual([
      'illegitimate-access',
      'unwanted-modification',
      'disappearance',
    ]);
    const access = assessment.risks[0]!;
    const gauge = (ref: number) =>
      (json.answers.find((a) => a.reference_to === ref)?.data as { gauge: number }).gauge;
    expect(access.initial.severity).toBe(gauge(325));
    expect(access.initial.likelihood).toBe(gauge(326));
    expect(access.impacts.length).toBeGreaterThan(0);
    expect(access.threats.length).toBeGreaterThan(0);
    expect(access.sources.length).toBeGreaterThan(0);
    expect(access.measureIds.length).toBeGreaterThan(0);
  });

  it('imports every measure, and never leaves HTML entities or tags in any text', () => {
    expect(assessment.measures).toHaveLength(json.measures.length);
    const all = JSON.stringify(assessment);
    expect(all).not.toMatch(/&(?:[A-Za-z]+|#\d+|#x[0-9a-f]+);/i);
    expect(all).not.toMatch(/<\/?(?:span|div|p|strong|ul|li|br)\b/i);
  });

  it('never drops a word of the export', () => {
    const haystack = readableText(assessment);
    for (const source of exportTexts(json)) {
      for (const word of readable(source).split(' ')) {
        if (word === '') continue;
        expect(haystack, word).toContain(word);
      }
    }
  });

  it('reports the attachments it cannot see, and every entry says where its text went', () => {
    expect(report.entries.map((e) => e.kind)).toContain('attachments-not-included');
    for (const entry of report.entries) {
      expect(describeReportEntry(entry, 'fr', template).length).toBeGreaterThan(10);
      expect(describeReportEntry(entry, 'en', template).length).toBeGreaterThan(10);
    }
    expect(reportLines(report, 'en', template)[0]).toMatch(/^Imported \d+ answer/);
  });
});

describe('the Captoo example (2018 export)', () => {
  const json = sampleJson('captoo');
  const { document, report } = importSample(json);
  const a = document.assessment;

  it('takes the signed validation as validated, keeping the old refusal reason and saying so', () => {
    expect(a.meta.status).toBe('validated');
    expect(a.validation).toMatchObject({ decision: 'validated', by: 'Mary Smith' });
    expect(a.validation.comment).toContain('Rapport incomplet');
    expect(report.entries.map((e) => e.kind)).toContain('signed-validation');
    expect(a.statusHistory[0]?.note).toMatch(/validation signée/);
  });

  it('maps the verdicts, by item and by question, with their comments and corrective actions', () => {
    expect(a.evaluations['context.overview']?.verdict).toBe('acceptable');
    const purposes = a.evaluations['principles.purposes']!;
    expect(purposes.verdict).toBe('improvable');
    expect(purposes.comment).toContain('Cette finalité doit être distinguée');
    expect(purposes.correctiveAction).toContain('expliciter les autres finalités');
    expect(purposes.evaluatedBy).toBe('Eric Vincent');
  });

  it('puts improvable measures in the action plan with their action-plan comment', () => {
    const encryption = a.measures.find((m) => m.title === 'Chiffrement')!;
    expect(encryption.state).toBe('planned');
    expect(encryption.description).toContain('TLS devrait être employé');
    expect(a.measures.find((m) => m.title === "Sécurité de l'exploitation")?.state).toBe('existing');
    const verdict = a.evaluations['measures.register']!;
    expect(verdict.verdict).toBe('improvable');
    expect(verdict.comment).toContain('Chiffrement — Améliorable');
  });

  it('takes the evaluator re-rating as the residual risk, and keeps the initial one of accepted risks', () => {
    const [access, modification] = a.risks;
    expect(access?.residual).toMatchObject({ severity: 3, likelihood: 1 });
    expect(access?.residual.severityJustification).not.toBe('');
    expect(modification?.residual).toMatchObject({ severity: 2, likelihood: 2 });
    expect(a.evaluations['risks.register']?.verdict).toBe('improvable');
  });

  it('keeps the comment on question 212 under its answer', () => {
    expect(text(a, 'principles.legal-basis')).toMatch(/\*\*Commentaires importés\*\*[\s\S]*refaire un PIA/);
  });

  it('maps the opinions of the DPO and of the people concerned', () => {
    expect(a.opinions.dpo).toMatchObject({ name: 'Michael Thomas (DPO)', verdict: 'favourable' });
    expect(a.opinions.dpo.text).toContain('plans d’actions préconisés');
    expect(a.opinions.dataSubjects.sought).toBe(true);
    expect(a.opinions.dataSubjects.method).toContain('Les clients potentiels');
    expect(a.opinions.dataSubjects.summary).toMatch(/Avis favorable[\s\S]*panel de clients/);
    expect(a.meta.authors).toEqual(['Elisabeth York']);
  });
});

describe('the 2022 export', () => {
  it('keeps the text of the bad reference 3.1.[object Object] in the verdict on the measures, and reports it', () => {
    const { document, report } = importSample(sampleJson('fixture2022'));
    const entry = report.entries.find((e) => e.kind === 'bad-measure-reference');
    expect(entry).toMatchObject({
      reference: '3.1.[object Object]',
      keptIn: { kind: 'evaluation', targetId: 'measures.register' },
    });
    expect(document.assessment.evaluations['measures.register']?.comment).toContain(
      '3.1.\\[object Object\\]',
    );
    expect(document.assessment.meta.status).toBe('draft');
    expect(document.assessment.opinions.dataSubjects.notSoughtReason).toBe('test');
  });
});

describe('tolerance', () => {
  it('reads reference_to written as strings, and gauges and statuses as numeric strings', () => {
    const json = sampleJson('captoo');
    for (const a of json.answers) {
      a.reference_to = String(a.reference_to);
      const data = a.data as { gauge: number | null | string };
      if (typeof data.gauge === 'number') data.gauge = String(data.gauge);
    }
    for (const e of json.evaluations) e.status = String(e.status);
    const { document } = importSample(json);
    expect(document.assessment.risks[0]?.initial.severity).toBe(3);
    expect(document.assessment.evaluations['principles.purposes']?.verdict).toBe('improvable');
  });

  it('records an unfavourable DPO opinion (dpo_status 0) and people against the processing', () => {
    const json = sampleJson('captoo');
    json.pia.dpo_status = 0;
    json.pia.concerned_people_status = 0;
    const { document } = importSample(json, 'en');
    expect(document.assessment.opinions.dpo.verdict).toBe('unfavourable');
    expect(document.assessment.opinions.dataSubjects.summary).toContain(
      'Against carrying out the processing',
    );
  });

  it.each([
    [0, 'draft', null],
    [1, 'refused', 'refused'],
    [2, 'validated', 'validated'],
    [3, 'validated', 'validated'],
    [4, 'draft', null],
  ] as const)('maps the CNIL status %i to %s', (cnil, status, decision) => {
    const json = sampleJson('captoo');
    json.pia.status = cnil;
    const { document } = importSample(json);
    expect(document.assessment.meta.status).toBe(status);
    expect(document.assessment.validation.decision).toBe(decision);
    if (cnil === 1) expect(document.assessment.validation.comment).toBe('Rapport incomplet');
  });

  it('keeps answers to questions added by the user near their item, and unknown ones in the notes', () => {
    const json = sampleJson('captoo');
    json.answers.push(
      { reference_to: 114, data: { text: '<p>Question ajoutée&nbsp;!</p>', gauge: null, list: [] } },
      { reference_to: 512, data: { text: 'Perdue ?', gauge: 0, list: ['un', 'deux'] } },
    );
    json.comments.push({ reference_to: 999, for_measure: false, description: 'Commentaire orphelin' });
    json.pia.structure_data = {
      sections: [
        { id: 5, items: [{ id: 1, questions: [{ id: 512, title: 'Question &laquo;maison&raquo;' }] }] },
      ],
    };
    json.evaluations.push({ reference_to: '2.1.219', status: 1, evaluation_comment: 'Évaluation orpheline' });
    const { document, report } = importSample(json);
    const a = document.assessment;
    expect(text(a, 'context.standards')).toMatch(
      /Réponse à une question ajoutée dans l’outil de la CNIL \(114\)[\s\S]*Question ajoutée/,
    );
    const notes = text(a, 'validation.notes');
    expect(notes).toContain('Perdue ?');
    expect(notes).toContain('Question «maison»');
    expect(notes).toContain('- deux');
    expect(notes).toContain('Commentaire orphelin');
    expect(notes).toContain('Évaluation orpheline');
    expect(report.entries.map((e) => `${e.kind} ${e.reference}`)).toEqual(
      expect.arrayContaining([
        'unknown-question 114',
        'unknown-question 512',
        'unknown-comment 999',
        'unknown-evaluation 2.1.219',
      ]),
    );
    expect(Assessment.safeParse(a).success).toBe(true);
    expect(findAnswerMismatch(a, document.template)).toBeNull();
  });

  it('fills person in charge and date of an improvable measure, the date read as a French calendar day', () => {
    const json = sampleJson('captoo');
    const evaluation = json.evaluations.find((e) => e.reference_to === '3.1.101')!;
    evaluation.person_in_charge = 'RSSI';
    evaluation.estimated_implementation_date = '2018-05-31T22:00:00.000Z';
    const { document } = importSample(json);
    expect(document.assessment.measures[0]).toMatchObject({
      owner: 'RSSI',
      deadline: '2018-06-01',
      state: 'planned',
    });
  });

  it('survives nulls, junk fields and missing lists', () => {
    const { document, report } = importSample({
      pia: { name: 'Minimal', status: null, dbVersion: 1, objectStore: {}, structure_data: null },
      answers: [null, 3, { reference_to: null, data: null }, { reference_to: 111, data: { text: null } }],
    });
    expect(document.assessment.meta.title).toBe('Minimal');
    expect(report.entries).toContainEqual({
      kind: 'broken-entries',
      reference: 'answers',
      count: 2,
      keptIn: { kind: 'nowhere' },
    });
    expect(document.assessment.risks).toEqual([]);
    expect(Assessment.safeParse(document.assessment).success).toBe(true);
  });

  it('refuses, with a DpiaError, anything that is not an export', () => {
    for (const value of [null, 42, 'text', [], {}, { pia: {} }, { pia: { name: 'x' } }, { answers: [] }]) {
      expect(() => importCnilExport(value, { now: NOW, newId: idCounter() })).toThrow(DpiaError);
    }
  });

  it('either imports a valid assessment or refuses cleanly, whatever the JSON (property)', () => {
    const base = sampleJson('fixture2022');
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.nat(40), (junk, other, index) => {
        const json = structuredClone(base);
        const answer = json.answers[index % json.answers.length]!;
        answer.data = junk;
        const evaluation = json.evaluations[index % json.evaluations.length]!;
        evaluation.gauges = other;
        evaluation.reference_to = index % 3 === 0 ? junk : evaluation.reference_to;
        try {
          const { document } = importCnilExport(json, { now: NOW, newId: idCounter() });
          expect(Assessment.safeParse(document.assessment).success).toBe(true);
          expect(findAnswerMismatch(document.assessment, document.template)).toBeNull();
        } catch (error) {
          expect(error).toBeInstanceOf(DpiaError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
