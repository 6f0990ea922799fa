// The benchmark assessment of DESIGN.md: the sizes the performance bars are measured on.
import { describe, expect, it } from 'vitest';
import { buildLargeExample } from '../../../core/example/build-example.ts';
import { sha256Hex } from '../../../core/hash.ts';
import { Assessment } from '../../../core/model/assessment.ts';
import { QUESTION_LIST, wordCount } from './question-list.ts';

const { assessment, attachments } = await buildLargeExample();

describe('buildLargeExample', () => {
  it('passes the assessment schema', () => {
    expect(() => Assessment.parse(assessment)).not.toThrow();
  });

  it('has 361 cameras, exactly 25 risks and exactly 60 measures', () => {
    expect(assessment.cameras).toHaveLength(361);
    expect(assessment.risks).toHaveLength(25);
    expect(assessment.measures).toHaveLength(60);
    expect(new Set(assessment.measures.map((measure) => measure.id)).size).toBe(60);
  });

  it('answers every question, with rich texts of at least 250 words', () => {
    for (const [id, type] of QUESTION_LIST) {
      const answer = assessment.answers[id];
      expect(answer?.type, id).toBe(type);
      if (answer?.type === 'richtext') expect(wordCount(answer.text), id).toBeGreaterThanOrEqual(250);
    }
  });

  it('carries five attachments of 1 MiB whose hashes match their bytes', async () => {
    expect(assessment.attachments).toHaveLength(5);
    expect(attachments.size).toBe(5);
    for (const meta of assessment.attachments) {
      const bytes = attachments.get(meta.sha256);
      expect(bytes?.length, meta.name).toBe(1024 * 1024);
      expect(meta.size).toBe(1024 * 1024);
      expect(meta.mediaType).toBe('application/pdf');
      expect(await sha256Hex(bytes ?? new Uint8Array())).toBe(meta.sha256);
    }
  });

  it('is identical on every build', async () => {
    const again = await buildLargeExample();
    expect(JSON.stringify(again.assessment)).toBe(JSON.stringify(assessment));
    expect([...again.attachments.keys()]).toEqual([...attachments.keys()]);
  });
});
