// What the register reads of a file: an unsigned file's attachments are named but not inflated, its snapshots not
// parsed; a signed file is read whole, so that a changed attachment still breaks its signature.
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import { verifyTrusted } from '../../../core/signature/trust.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { rewrite } from '../../fixtures/zip-tools.ts';
import { validatedDocument } from '../signature/signable-document.ts';

const light = { file: 'a.dpia', skipUnsignedDetails: true };

describe('the register’s read of a file', () => {
  it('skips an unsigned file’s attachment bytes and revision snapshots, still checking the manifest hash', async () => {
    const { bytes } = await writeDpia(await validatedDocument(), { createdWith: 't', file: 'a.dpia' });
    const { document } = await readDpia(bytes, light);
    expect(document.assessment.attachments).toHaveLength(1);
    expect(document.attachments.size).toBe(0);
    expect(document.revisionSnapshots.size).toBe(0);
    // A changed answer no longer matches the manifest: refused, as when opening.
    const changed = rewrite(bytes, (entries) => {
      const text = new TextDecoder()
        .decode(entries['assessment.json'])
        .replace('Des **caméras**', 'Des caméras');
      entries['assessment.json'] = new TextEncoder().encode(text);
    });
    await expect(readDpia(changed, light)).rejects.toMatchObject({ code: 'hash-mismatch' });
  });

  it('still refuses an attachment entry the assessment does not list', async () => {
    const { bytes } = await writeDpia(await miniDocument({ attachmentBytes: 64 }), {
      createdWith: 't',
      file: 'a',
    });
    const extra = rewrite(bytes, (entries) => {
      entries[`attachments/${'0'.repeat(64)}`] = new Uint8Array([1, 2, 3]);
    });
    const error = await readDpia(extra, light).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DpiaError);
    expect((error as DpiaError).code).toBe('unexpected-entry');
  });

  it('reads a signed file whole, attachments included, so its signature is checked against them', async () => {
    const key = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'k.pem');
    const signed = await signDocument(await validatedDocument(), {
      key,
      signer: { name: 'M. Lefebvre', role: 'Maire' },
      at: '2026-02-21T09:00:00Z',
    });
    const { bytes } = await writeDpia(signed.document, { createdWith: 't', file: 'a.dpia' });
    const { document } = await readDpia(bytes, light);
    expect(document.attachments.size).toBe(1);
    const verdict = await verifyTrusted(document, [], { file: 'a.dpia', asOf: new Date('2026-03-01') });
    expect(verdict.verdict).toBe('not-recognised');
  });
});
