// The showcase example: valid, reproducible, complete, and consistent with its own camera inventory.
import { describe, expect, it } from 'vitest';
import { buildExample } from '../../../core/example/build-example.ts';
import { sha256Hex } from '../../../core/hash.ts';
import { Assessment } from '../../../core/model/assessment.ts';
import { QUESTION_LIST, wordCount } from './question-list.ts';

const sentenceCount = (text: string): number =>
  text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;

const { assessment, attachments } = await buildExample();

describe('buildExample', () => {
  it('passes the assessment schema', () => {
    expect(() => Assessment.parse(assessment)).not.toThrow();
  });

  it('is identical on every build', async () => {
    const again = await buildExample();
    expect(again.assessment).toStrictEqual(assessment);
    expect(again.attachments).toStrictEqual(attachments);
    expect(JSON.stringify(again.assessment)).toBe(JSON.stringify(assessment));
  });

  it('describes the CSU of Valmont-sur-Escaut, in review and not yet decided', () => {
    expect(assessment.meta.title).toBe('AIPD — Centre de supervision urbaine de Valmont-sur-Escaut');
    expect(assessment.meta.organisation).toBe('Commune de Valmont-sur-Escaut');
    expect(assessment.meta).toMatchObject({ language: 'fr', status: 'in-review', version: '1.3' });
    expect(assessment.meta.templateId).toBe('csu-videoprotection');
    expect(assessment.statusHistory.map((change) => change.status)).toEqual(['draft', 'in-review']);
    expect(assessment.validation.decision).toBeNull();
  });

  it('inventories 361 cameras, 240 of them given by the vendor in 2017', () => {
    expect(assessment.cameras).toHaveLength(361);
    const donated = assessment.cameras.filter((camera) => camera.donor === 'Sinovista Technologies');
    expect(donated).toHaveLength(240);
    expect(donated.every((camera) => camera.owner === 'Commune de Valmont-sur-Escaut')).toBe(true);
    const text = JSON.stringify(assessment);
    expect(text).not.toMatch(/Valenciennes|Huawei/);
  });

  it('answers every question of the template with an answer of the question’s type', () => {
    for (const [id, type] of QUESTION_LIST) {
      expect(assessment.answers[id]?.type, id).toBe(type);
    }
    expect(Object.keys(assessment.answers).sort()).toEqual(QUESTION_LIST.map(([id]) => id).sort());
  });

  it('writes substantial rich-text answers and comments every choice', () => {
    for (const [id, answer] of Object.entries(assessment.answers)) {
      if (answer.type === 'richtext') expect(wordCount(answer.text), id).toBeGreaterThanOrEqual(80);
      if (answer.type === 'richtext') expect(wordCount(answer.text), id).toBeLessThanOrEqual(260);
      if (answer.type === 'choice' || answer.type === 'multichoice' || answer.type === 'boolean') {
        expect(answer.comment?.trim(), id).toBeTruthy();
      }
    }
  });

  it('rates at least 10 risks covering the four feared events, each level justified', () => {
    expect(assessment.risks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(assessment.risks.map((risk) => risk.fearedEvent))).toEqual(
      new Set(['illegitimate-access', 'unwanted-modification', 'disappearance', 'other']),
    );
    const measureIds = new Set(assessment.measures.map((measure) => measure.id));
    for (const risk of assessment.risks) {
      expect(risk.catalogueRef, risk.title).toMatch(/^R\d+$/);
      expect(risk.measureIds.length, risk.title).toBeGreaterThan(0);
      expect(
        risk.measureIds.every((id) => measureIds.has(id)),
        risk.title,
      ).toBe(true);
      for (const rating of [risk.initial, risk.residual]) {
        expect(rating.severity).not.toBeNull();
        expect(rating.likelihood).not.toBeNull();
        for (const justification of [rating.severityJustification, rating.likelihoodJustification]) {
          expect(sentenceCount(justification), `${risk.title}: ${justification}`).toBeGreaterThanOrEqual(2);
          expect(sentenceCount(justification), `${risk.title}: ${justification}`).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('keeps one residual risk high and therefore calls for prior consultation', () => {
    const high = assessment.risks.filter(
      (risk) => (risk.residual.severity ?? 0) >= 3 && (risk.residual.likelihood ?? 0) >= 3,
    );
    expect(high.length).toBeGreaterThanOrEqual(1);
    expect(assessment.answers['prescreening.prior-consultation']).toMatchObject({ optionId: 'required' });
  });

  it('lists at least 24 measures, existing and planned, with planned ones mostly owned and dated', () => {
    expect(assessment.measures.length).toBeGreaterThanOrEqual(24);
    const planned = assessment.measures.filter((measure) => measure.state === 'planned');
    expect(planned.length).toBeGreaterThan(0);
    expect(assessment.measures.some((measure) => measure.state === 'existing')).toBe(true);
    const incomplete = planned.filter((measure) => measure.owner === '' || measure.deadline === null);
    expect(incomplete.length).toBeGreaterThanOrEqual(1);
    expect(incomplete.length).toBeLessThanOrEqual(2);
    for (const measure of assessment.measures) expect(measure.catalogueRef).toMatch(/^M\d+$/);
  });

  it('gives a mix of verdicts, each non-acceptable one with a corrective action', () => {
    const verdicts = Object.values(assessment.evaluations).map((evaluation) => evaluation.verdict);
    expect(new Set(verdicts)).toEqual(new Set(['acceptable', 'improvable', 'to-correct']));
    for (const [id, evaluation] of Object.entries(assessment.evaluations)) {
      if (evaluation.verdict !== 'acceptable') expect(evaluation.correctiveAction.trim(), id).not.toBe('');
    }
  });

  it('records a reserved DPO opinion and the views of the people filmed', () => {
    const { dpo, dataSubjects } = assessment.opinions;
    expect(dpo.verdict).toBe('reserved');
    expect(dpo.date).not.toBeNull();
    expect(wordCount(dpo.text)).toBeGreaterThanOrEqual(200);
    expect(wordCount(dpo.text)).toBeLessThanOrEqual(300);
    expect(dataSubjects.sought).toBe(true);
    expect(dataSubjects.method).toMatch(/CLSPD|conseil local de sécurité/);
    expect(dataSubjects.method).toMatch(/conseils de quartier/);
    expect(dataSubjects.summary).not.toBe('');
  });

  it('declares the capabilities the inventory shows', () => {
    const { cameras, answers } = assessment;
    expect(cameras.filter((camera) => camera.lapi === 'present-enabled').length).toBeGreaterThan(0);
    expect(answers['modules.lapi']).toMatchObject({ optionId: 'present-enabled' });
    expect(cameras.some((camera) => camera.facialRecognition === 'present-disabled')).toBe(true);
    expect(cameras.some((camera) => camera.facialRecognition === 'present-enabled')).toBe(false);
    expect(answers['modules.facial-recognition']).toMatchObject({ optionId: 'dormant' });
    expect(cameras.some((camera) => camera.analytics === 'present-enabled')).toBe(false);
    expect(answers['modules.analytics']).toMatchObject({ optionId: 'present-disabled' });
    expect(cameras.some((camera) => camera.audio === 'present-disabled')).toBe(true);
    expect(answers['modules.audio']).toMatchObject({ optionId: 'present-disabled' });
    expect(answers['context.retention-days']).toMatchObject({ value: 21 });
    expect(answers['prescreening.cameras-authorised']).toMatchObject({
      value: cameras.filter(
        (camera) => camera.authorisationExpiry !== null && camera.authorisationExpiry >= '2026-03-26',
      ).length,
    });
    const description = answers['context.description'];
    expect(description?.type === 'richtext' && description.text).toMatch(/\*\*361 caméras\*\*/);
  });

  it('uses French typography throughout', () => {
    const text = JSON.stringify(assessment);
    expect(text).not.toContain("'");
    expect(text).not.toMatch(/ [;:!?]/);
    expect(text).not.toMatch(/« | »/);
    expect(text).toContain('\u00a0:');
  });

  it('attaches files whose metadata match their bytes', async () => {
    expect(assessment.attachments.length).toBeGreaterThanOrEqual(1);
    expect(attachments.size).toBe(assessment.attachments.length);
    for (const meta of assessment.attachments) {
      const bytes = attachments.get(meta.sha256);
      expect(bytes, meta.name).toBeDefined();
      expect(await sha256Hex(bytes ?? new Uint8Array())).toBe(meta.sha256);
      expect(bytes?.length).toBe(meta.size);
    }
  });
});
