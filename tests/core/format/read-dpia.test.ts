import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { DEFAULT_LIMITS } from '../../../core/format/limits.ts';
import { CURRENT_FORMAT_VERSION } from '../../../core/format/manifest.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import {
  addCentralRecord,
  overlappingRecordsZip,
  renameEntry,
  rewrite,
  setDeclaredSizes,
} from '../../fixtures/zip-tools.ts';

const file = 'test.dpia';

async function validFile(attachmentBytes = 0) {
  const { bytes } = await writeDpia(await miniDocument({ attachmentBytes }), { createdWith: 'tests', file });
  return bytes;
}

async function refusal(bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<DpiaError> {
  const error: unknown = await readDpia(bytes, { file, limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DpiaError);
  const dpiaError = error as DpiaError;
  // Every refusal reads as one line, in both languages.
  expect(dpiaError.localized('fr')).not.toContain('\n');
  expect(dpiaError.localized('en')).not.toContain('\n');
  return dpiaError;
}

const encode = (value: unknown) => strToU8(JSON.stringify(value));

describe('reading a .dpia file', () => {
  it('gives back exactly what was written, attachments included', async () => {
    const document = await miniDocument({ attachmentBytes: 2048 });
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file });
    const { document: read, storedFormatVersion } = await readDpia(bytes, { file });
    expect(storedFormatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(read.assessment).toEqual(document.assessment);
    expect(read.template).toEqual(document.template);
    expect([...read.attachments.keys()]).toEqual([...document.attachments.keys()]);
    expect(read.attachments.get(document.assessment.attachments[0]!.sha256)).toEqual(
      document.attachments.get(document.assessment.attachments[0]!.sha256),
    );
  });

  it('writes the same bytes for the same content', async () => {
    const document = await miniDocument({ attachmentBytes: 100 });
    const first = await writeDpia(document, { createdWith: 'tests', file });
    const second = await writeDpia(document, { createdWith: 'tests', file });
    expect(first.bytes).toEqual(second.bytes);
  });

  it('keeps signature.json byte for byte through a read and a write', async () => {
    const document = await miniDocument();
    document.signature = strToU8('{"signer":"Mme la maire"}');
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file });
    const { document: read } = await readDpia(bytes, { file });
    expect(read.signature).toEqual(document.signature);
  });

  it('refuses a file that is not a zip', async () => {
    expect((await refusal(new Uint8Array(0))).code).toBe('not-a-zip');
    expect((await refusal(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]))).code).toBe('not-a-zip');
  });

  it('says in one sentence that a Word file, a spreadsheet, a CSV or a PDF is not an assessment', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/_rels/document.xml.rels': strToU8('<Relationships/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    const word = await refusal(docx);
    expect(word.localized('fr')).toBe('Ce fichier est un document Word, pas une analyse d’impact (.dpia).');
    expect(word.localized('en')).toBe('This is a Word document, not an assessment (.dpia).');
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect((await refusal(xlsx)).localized('en')).toBe(
      'This is an Excel workbook (.xlsx), not an assessment (.dpia).',
    );
    expect((await refusal(strToU8('code;lieu\nCAM-001;Gare\n'))).localized('fr')).toBe(
      'Ce fichier est un fichier texte (CSV ou autre), pas une analyse d’impact (.dpia).',
    );
    expect((await refusal(strToU8('%PDF-1.7 not a dpia'))).localized('en')).toBe(
      'This is a PDF document, not an assessment (.dpia).',
    );
  });

  it('refuses a truncated file', async () => {
    const bytes = await validFile(4096);
    for (const length of [10, 100, Math.floor(bytes.length / 2), bytes.length - 10]) {
      expect(['damaged-zip', 'missing-entry']).toContain((await refusal(bytes.slice(0, length))).code);
    }
  });

  it('refuses a zip that is not a DPIA (another manifest, or none)', async () => {
    const other = zipSync({ 'manifest.json': encode({ format: 'pia', formatVersion: 1 }) });
    expect((await refusal(other)).code).toBe('wrong-format');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>') });
    expect((await refusal(docx)).code).toBe('unexpected-entry');
    const noManifest = rewrite(await validFile(), (entries) => delete entries['manifest.json']);
    expect((await refusal(noManifest)).code).toBe('missing-entry');
  });

  it('refuses a file from a newer format version, saying to update', async () => {
    const bytes = rewrite(await validFile(), (entries) => {
      const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<
        string,
        unknown
      >;
      entries['manifest.json'] = encode({ ...manifest, formatVersion: CURRENT_FORMAT_VERSION + 1 });
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('future-version');
    expect(error.localized('fr')).toContain('mettez l’application à jour');
  });

  it('refuses zip bombs by their declared size before inflating them', async () => {
    const bomb = setDeclaredSizes(await validFile(), 0xfffffff0);
    expect((await refusal(bomb)).code).toBe('too-large');
    // A real bomb: 64 MiB of zeros compress to a few kilobytes.
    const zeros = zipSync({
      ['attachments/'.padEnd(76, 'a')]: [new Uint8Array(64 * 1024 * 1024), { level: 9 }],
    });
    expect(zeros.length).toBeLessThan(200_000);
    expect(
      (await refusal(zeros, { ...DEFAULT_LIMITS, maxTotalUncompressedBytes: 16 * 1024 * 1024 })).code,
    ).toBe('too-large');
  });

  it('refuses 3,000 records sharing one stored entry at the first record, before copying anything', async () => {
    const error = await refusal(overlappingRecordsZip());
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'stored-size' } });
    expect(error.localized('en')).toContain('stored entry whose sizes differ');
    expect(error.localized('fr')).toContain('incohérente');
  });

  it('refuses records whose entries overlap, even with honest sizes', async () => {
    // Entry B's local header and data sit inside entry A's data: each record alone is consistent.
    const [nameA, nameB] = ['a', 'b'].map((c) => `attachments/${c.repeat(64)}`) as [string, string];
    const inner = zipSync({ [nameB]: [new Uint8Array(10), { level: 0 }] });
    const innerLocal = 30 + nameB.length + 10;
    const outer = zipSync({ [nameA]: [inner.slice(0, innerLocal), { level: 0 }] });
    const error = await refusal(
      addCentralRecord(outer, inner.slice(innerLocal, innerLocal + 46 + nameB.length), 30 + nameA.length),
    );
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'overlap' } });
  });

  it('refuses records whose local header does not match, as when they all point at one entry', async () => {
    const error = await refusal(overlappingRecordsZip(2, 10, 10));
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'local-header' } });
  });

  it('refuses records whose compressed sizes add up to more than the file', async () => {
    const error = await refusal(overlappingRecordsZip(3, 1024, 1024));
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'compressed-total' } });
  });

  it('refuses an entry whose data runs into the central directory', async () => {
    const zip = overlappingRecordsZip(1, 10, 10);
    const view = new DataView(zip.buffer);
    const central = zip.length - 22 - 46 - 76;
    view.setUint32(central + 20, 100, true);
    view.setUint32(central + 24, 100, true);
    const error = await refusal(zip);
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'bounds' } });
  });

  it('stops inflating an entry that holds more than it declares', async () => {
    const error = await refusal(setDeclaredSizes(await validFile(), 10));
    expect(error).toMatchObject({ code: 'inconsistent-zip', params: { reason: 'inflated-size' } });
  });

  it('refuses a file with too many entries', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++)
      entries[`attachments/${i.toString(16).padStart(64, '0')}`] = new Uint8Array(1);
    expect((await refusal(zipSync(entries), { ...DEFAULT_LIMITS, maxEntries: 20 })).code).toBe(
      'too-many-entries',
    );
  });

  it('refuses a file over the size limit without reading it further', async () => {
    const bytes = await validFile(4096);
    expect((await refusal(bytes, { ...DEFAULT_LIMITS, maxFileBytes: 1000 })).code).toBe('file-too-large');
  });

  it.each([['../evil.json'], ['/etc/passwd'], ['attachments/../../x'], ['C:/Windows/x'], ['a\\..\\b']])(
    'refuses the unsafe entry name %s',
    async (name) => {
      const bytes = zipSync({
        'manifest.json': encode({ format: 'dpia', formatVersion: 1 }),
        [name]: strToU8('x'),
      });
      expect((await refusal(bytes)).code).toBe('unsafe-entry-name');
    },
  );

  it('refuses a file with the same entry twice', async () => {
    const bytes = renameEntry(await validFile(), 'template.json', 'manifest.json'.slice(0, 13));
    expect(['duplicate-entry', 'unexpected-entry']).toContain((await refusal(bytes)).code);
    const twice = renameEntry(
      zipSync({ 'manifest.json': encode({}), 'manifest.jsoX': encode({}) }),
      'manifest.jsoX',
      'manifest.json',
    );
    expect((await refusal(twice)).code).toBe('duplicate-entry');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses JSON with a "%s" key', async (key) => {
    const bytes = rewrite(await validFile(), (entries) => {
      const text = new TextDecoder().decode(entries['assessment.json']);
      entries['assessment.json'] = strToU8(
        text.replace('"answers": {', `"answers": {"${key}": {"polluted": true},`),
      );
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a "__proto__" key written with a JSON escape', async () => {
    const bytes = rewrite(await validFile(), (entries) => {
      const text = new TextDecoder().decode(entries['assessment.json']);
      entries['assessment.json'] = strToU8(
        text.replace('"answers": {', '"answers": {"\\u005f_proto__": {},'),
      );
    });
    expect((await refusal(bytes)).code).toBe('forbidden-key');
  });

  it('refuses invalid UTF-8', async () => {
    const bytes = rewrite(await validFile(), (entries) => {
      const original = entries['assessment.json']!;
      const broken = new Uint8Array(original.length + 2);
      broken.set(original.subarray(0, 20));
      broken.set([0xc3, 0x28], 20); // a lead byte followed by a non-continuation byte
      broken.set(original.subarray(20), 22);
      entries['assessment.json'] = broken;
    });
    expect((await refusal(bytes)).code).toBe('invalid-utf8');
  });

  it('refuses invalid JSON and content that breaks the schema, naming the place', async () => {
    const badJson = rewrite(
      await validFile(),
      (entries) => (entries['assessment.json'] = strToU8('{"meta": ')),
    );
    expect((await refusal(badJson)).code).toBe('invalid-json');
    const badSchema = rewrite(await validFile(), (entries) => {
      const value = JSON.parse(new TextDecoder().decode(entries['assessment.json'])) as {
        meta: { status: string };
      };
      value.meta.status = 'approved-by-magic';
      entries['assessment.json'] = encode(value);
    });
    const error = await refusal(badSchema);
    expect(error.code).toBe('invalid-content');
    expect(error.localized('en')).toContain('/meta/status');
  });

  it('refuses answers that do not fit the frozen template', async () => {
    const bytes = rewrite(await validFile(), (entries) => {
      const value = JSON.parse(new TextDecoder().decode(entries['assessment.json'])) as {
        answers: Record<string, unknown>;
      };
      value.answers['context.kind'] = { type: 'richtext', text: 'oops' };
      entries['assessment.json'] = encode(value);
    });
    expect((await refusal(bytes)).code).toBe('template-mismatch');
  });

  it('refuses a file whose content no longer matches its recorded hash', async () => {
    const bytes = rewrite(await validFile(), (entries) => {
      const text = new TextDecoder().decode(entries['assessment.json']);
      entries['assessment.json'] = strToU8(text.replace('Des **caméras**', 'Des **drones**'));
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('hash-mismatch');
  });

  it('refuses an altered or missing attachment', async () => {
    const valid = await validFile(1024);
    const altered = rewrite(valid, (entries) => {
      const name = Object.keys(entries).find((n) => n.startsWith('attachments/'))!;
      const bytes = entries[name]!;
      bytes[0] = bytes[0]! ^ 0xff;
    });
    expect((await refusal(altered)).code).toBe('hash-mismatch');
    const missing = rewrite(valid, (entries) => {
      for (const name of Object.keys(entries)) if (name.startsWith('attachments/')) delete entries[name];
    });
    expect((await refusal(missing)).code).toBe('attachment-missing');
  });
});
