import { describe, expect, it } from 'vitest';
import { duplicateAssessment, duplicateDocument } from '../../../core/assessment/duplicate.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { Assessment } from '../../../core/model/assessment.ts';
import { findAnswerMismatch } from '../../../core/template/answers.ts';

const original = await buildExampleDocument();
const options = { title: 'AIPD vidéoprotection – Bourg-lès-Valmont', now: new Date('2026-04-01T08:00:00Z') };
const newId = () => crypto.randomUUID();

/** Every id of an assessment: its own and those of its rows. */
function ids(a: Assessment): string[] {
  const tableRows = Object.values(a.answers).flatMap((answer) =>
    answer.type === 'table' ? answer.rows.map((r) => r.id) : [],
  );
  return [
    a.id,
    ...a.cameras.map((c) => c.id),
    ...a.risks.map((r) => r.id),
    ...a.measures.map((m) => m.id),
    ...tableRows,
  ];
}

describe('duplicateAssessment', () => {
  const source = original.assessment;
  const copy = duplicateAssessment(source, { ...options, organisation: 'Bourg-lès-Valmont', newId });

  it('starts from a fixture that has everything a copy must leave behind', () => {
    expect(source.cameras.length).toBeGreaterThan(0);
    expect(Object.keys(source.evaluations).length).toBeGreaterThan(0);
    expect(source.opinions.dpo.text).not.toBe('');
    expect(source.attachments.length).toBeGreaterThan(0);
  });

  it('copies answers, cameras, risks and measures, every id new', () => {
    expect(Object.keys(copy.answers)).toEqual(Object.keys(source.answers));
    expect(copy.cameras.map((c) => c.code)).toEqual(source.cameras.map((c) => c.code));
    expect(copy.risks.map((r) => r.title)).toEqual(source.risks.map((r) => r.title));
    expect(copy.measures.map((m) => m.title)).toEqual(source.measures.map((m) => m.title));
    const before = new Set(ids(source));
    expect(ids(copy).filter((id) => before.has(id))).toEqual([]);
    expect(new Set(ids(copy)).size).toBe(ids(copy).length);
  });

  it('remaps the links from risks to measures', () => {
    const titleOf = (a: Assessment, id: string) => a.measures.find((m) => m.id === id)?.title;
    source.risks.forEach((risk, i) => {
      const linked = copy.risks[i]!.measureIds;
      expect(linked.map((id) => titleOf(copy, id))).toEqual(risk.measureIds.map((id) => titleOf(source, id)));
    });
  });

  it('clears verdicts, opinions, decision, history and revisions, with a new title and town', () => {
    expect(copy.evaluations).toEqual({});
    expect(copy.opinions.dpo).toEqual({ name: '', date: null, verdict: null, text: '' });
    expect(copy.validation.decision).toBeNull();
    expect(copy.revisions).toEqual([]);
    expect(copy.statusHistory).toHaveLength(1);
    expect(copy.statusHistory[0]?.note).toContain(source.meta.title);
    expect(copy.meta).toMatchObject({
      title: options.title,
      organisation: 'Bourg-lès-Valmont',
      controller: '',
      dpo: '',
      status: 'draft',
      createdAt: '2026-04-01T08:00:00.000Z',
      reviewDate: null,
    });
    expect(Assessment.safeParse(copy).success).toBe(true);
    expect(findAnswerMismatch(copy, original.template)).toBeNull();
  });

  it('keeps the controller and DPO when the town does not change, and never touches the original', () => {
    const snapshot = structuredClone(source);
    const same = duplicateAssessment(source, { ...options, newId });
    expect(same.meta.controller).toBe(source.meta.controller);
    expect(source).toEqual(snapshot);
  });
});

describe('duplicateDocument', () => {
  it('leaves attachments out by default, drops the signature and snapshots, and saves as a valid file', async () => {
    const signed = { ...original, signature: new TextEncoder().encode('{}') };
    const copy = duplicateDocument(signed, { ...options, newId });
    expect(copy.signature).toBeNull();
    expect(copy.attachments.size).toBe(0);
    expect(copy.assessment.attachments).toEqual([]);
    expect(copy.revisionSnapshots.size).toBe(0);
    const { bytes } = await writeDpia(copy, { createdWith: 'test', file: 'copy.dpia' });
    expect((await readDpia(bytes, { file: 'copy.dpia' })).document.assessment.meta.title).toBe(options.title);
  });

  it('keeps the attachments when asked, under new ids', async () => {
    const copy = duplicateDocument(original, { ...options, newId, keepAttachments: true });
    expect(copy.assessment.attachments.map((a) => a.sha256)).toEqual(
      original.assessment.attachments.map((a) => a.sha256),
    );
    expect(copy.assessment.attachments[0]?.id).not.toBe(original.assessment.attachments[0]?.id);
    const { bytes } = await writeDpia(copy, { createdWith: 'test', file: 'copy.dpia' });
    expect((await readDpia(bytes, { file: 'copy.dpia' })).document.attachments.size).toBe(
      original.attachments.size,
    );
  });
});
