import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { importCnilFile, mediaTypeOf } from '../../../core/import/cnil/import-file.ts';
import { idCounter, NOW, sampleBytes } from './cnil-samples.ts';

const options = () => ({ now: NOW, newId: idCounter() });

async function rejection(promise: Promise<unknown>): Promise<DpiaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DpiaError) return error;
    throw error;
  }
  throw new Error('expected a DpiaError');
}

describe('importCnilFile', () => {
  it('imports the JSON export as saved by the tool', async () => {
    const { document } = await importCnilFile(sampleBytes('captoo'), 'captoo.json', options());
    expect(document.assessment.meta.title).toBe('Captoo');
  });

  it('imports the ZIP export with its attachments folder, which then survive a save and a reopen', async () => {
    const pdf = strToU8('%PDF-1.4 plan de situation');
    const zip = zipSync({
      'captoo.json': sampleBytes('captoo'),
      'Pièces jointes/': new Uint8Array(),
      'Pièces jointes/plan.pdf': pdf,
      'Pièces jointes/copie du plan.pdf': pdf,
      'Pièces jointes/notes.json': strToU8('{"not": "an export"}'),
    });
    const { document, report } = await importCnilFile(zip, 'captoo.zip', options());
    const names = document.assessment.attachments.map((a) => [a.name, a.mediaType]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['plan.pdf', 'application/pdf'],
        ['notes.json', 'application/json'],
      ]),
    );
    expect(document.assessment.attachments).toHaveLength(2);
    expect(document.assessment.attachments.find((a) => a.name === 'plan.pdf')?.description).toBe(
      'copie du plan.pdf',
    );
    expect(report.entries.map((e) => e.kind)).not.toContain('attachments-not-included');
    const { bytes } = await writeDpia(document, { createdWith: 'test', file: 'captoo.dpia' });
    const reopened = await readDpia(bytes, { file: 'captoo.dpia' });
    expect(reopened.document.attachments.size).toBe(2);
  });

  it('says in one line what is wrong with a file that is not an export', async () => {
    const cases: [Uint8Array, string][] = [
      [strToU8('{"hello": "world"}'), 'no-pia'],
      [strToU8('not json at all'), 'not-json'],
      [new Uint8Array([0xff, 0xfe, 0x00, 0x41]), 'not-json'],
      [zipSync({ 'a.txt': strToU8('x') }), 'zip-without-export'],
      [
        zipSync({ 'a.json': sampleBytes('captoo'), 'b.json': sampleBytes('fixture2022') }),
        'zip-several-exports',
      ],
    ];
    for (const [bytes, reason] of cases) {
      const error = await rejection(importCnilFile(bytes, 'file.json', options()));
      expect(error.code).toBe('not-a-cnil-export');
      expect(error.params.reason).toBe(reason);
      expect(error.localized('fr')).not.toContain('\n');
    }
  });

  it('refuses keys that could touch prototypes, and damaged archives', async () => {
    const hostile = strToU8('{"pia": {"name": "x", "__proto__": {"polluted": true}}, "answers": []}');
    expect((await rejection(importCnilFile(hostile, 'x.json', options()))).code).toBe('forbidden-key');
    const zip = zipSync({ 'x.json': sampleBytes('captoo') });
    expect((await rejection(importCnilFile(zip.slice(0, 200), 'x.zip', options()))).code).toBe('damaged-zip');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names media types from extensions', () => {
    expect(mediaTypeOf('a.DOCX')).toMatch(/wordprocessingml/);
    expect(mediaTypeOf('sans-extension')).toBe('application/octet-stream');
  });
});
