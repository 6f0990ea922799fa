import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { CURRENT_FORMAT_VERSION } from '../../../core/format/manifest.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import { verifyDpiaBytes } from '../../../core/signature/verify.ts';
import { validatedDocument } from '../signature/signable-document.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { rewrite } from '../../fixtures/zip-tools.ts';

const file = 'registre.dpia';
const decode = (bytes: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

describe('the record entry in the file format (format 2)', () => {
  it('keeps the record entry and its columns through a write and a read', async () => {
    const document = await miniDocument();
    document.assessment.meta.recordEntry = {
      reference: 'T-012',
      name: 'Vidéoprotection de la voie publique',
      controller: 'Commune de Valmont-sur-Escaut',
      columns: [
        { header: 'N°', field: 'reference' },
        { header: 'Observations', field: null },
      ],
    };
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file });
    const { document: read } = await readDpia(bytes, { file });
    expect(read.assessment.meta.recordEntry).toEqual(document.assessment.meta.recordEntry);
  });

  it('opens a format-1 file, which has no record entry, unchanged', async () => {
    const { bytes } = await writeDpia(await miniDocument({ title: 'Ancienne' }), { createdWith: 'v1', file });
    const formatOne = rewrite(bytes, (entries) => {
      entries['manifest.json'] = strToU8(
        JSON.stringify({ ...decode(entries['manifest.json']), formatVersion: 1 }),
      );
    });
    const result = await readDpia(formatOne, { file });
    expect(result.storedFormatVersion).toBe(1);
    expect(result.manifest.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(result.document.assessment.meta.recordEntry).toBeUndefined();
    expect(result.document.assessment.meta.title).toBe('Ancienne');
  });

  it('keeps the signature of a format-1 file intact through the migration', async () => {
    const pair = await generateSigningKeyPair();
    const { document } = await signDocument(await validatedDocument(), {
      key: await importPrivateKey(pair.privateKeyPem, 'key.pem'),
      signer: { name: 'M. Lefebvre', role: 'Maire' },
      at: '2026-02-21T10:00:00Z',
    });
    const { bytes } = await writeDpia(document, { createdWith: 'v1', file });
    const formatOne = rewrite(bytes, (entries) => {
      entries['manifest.json'] = strToU8(
        JSON.stringify({ ...decode(entries['manifest.json']), formatVersion: 1 }),
      );
    });
    expect((await verifyDpiaBytes(formatOne, { file })).status).toBe('intact');
  });

  it('is refused by a format-1 reader with the « newer version » message, never half read', async () => {
    const document = await miniDocument();
    document.assessment.meta.recordEntry = { reference: 'T-1', name: 'CSU', controller: 'Commune' };
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file });
    const error = await readDpia(bytes, { file, currentVersion: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DpiaError);
    expect((error as DpiaError).code).toBe('future-version');
  });
});
