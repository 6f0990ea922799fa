import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { fromPem, keyFingerprint } from '../../../core/signature/encoding.ts';
import {
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  type PrivateSigningKey,
} from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import { canonicalJson } from '../../../core/signature/signed-content.ts';
import { verifyDocument, verifyDpiaBytes } from '../../../core/signature/verify.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { validatedDocument } from './signable-document.ts';
import { bytesOf, edit, fixManifest, json, swapAttachment, type Entries } from './tamper-tools.ts';

const AT = '2026-03-01T09:00:00.000Z';
let key: PrivateSigningKey;
let otherKey: PrivateSigningKey;
let signedBytes: Uint8Array;

const write = async (document: Parameters<typeof writeDpia>[0]) =>
  (await writeDpia(document, { createdWith: 'tests', file: 'a.dpia' })).bytes;
const verify = (bytes: Uint8Array, options: Partial<Parameters<typeof verifyDpiaBytes>[1]> = {}) =>
  verifyDpiaBytes(bytes, { file: 'a.dpia', ...options });
const codes = (report: Awaited<ReturnType<typeof verify>>) => report.problems.map((p) => p.code);

beforeAll(async () => {
  key = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'key.pem');
  otherKey = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'other.pem');
  const { document } = await signDocument(await validatedDocument(), {
    key,
    signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
    at: AT,
  });
  signedBytes = await write(document);
});

describe('signing keys', () => {
  it('are Ed25519 pairs in PEM whose fingerprint is the SHA-256 of the public key, in groups', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(pair.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
    expect(await keyFingerprint(fromPem(pair.publicKeyPem, 'PUBLIC KEY')!)).toBe(pair.fingerprint);
    const imported = await importPrivateKey(pair.privateKeyPem, 'k.pem');
    expect(imported.fingerprint).toBe(pair.fingerprint);
    expect(imported.publicKeyPem).toBe(pair.publicKeyPem);
    expect((await importPublicKey(pair.publicKeyPem, 'k.pub.pem')).fingerprint).toBe(pair.fingerprint);
  });

  it('refuse what is not a key, naming the file', async () => {
    await expect(importPrivateKey('not a key', 'notes.txt')).rejects.toMatchObject({ code: 'invalid-key' });
    const pair = await generateSigningKeyPair();
    await expect(importPrivateKey(pair.publicKeyPem, 'pub.pem')).rejects.toMatchObject({
      code: 'invalid-key',
    });
    const broken = pair.publicKeyPem.replace(/\n[A-Za-z0-9+/]{8}/, '\nAAAAAAAA');
    await expect(importPublicKey(broken, 'pub.pem')).rejects.toMatchObject({ code: 'invalid-key' });
  });
});

describe('signDocument', () => {
  it('records the signer, locks the status, and writes a signature.json that describes itself', async () => {
    const { document, signature } = await signDocument(await validatedDocument(), {
      key,
      signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
      at: AT,
    });
    expect(document.assessment.meta.status).toBe('signed');
    expect(document.assessment.statusHistory.at(-1)).toEqual({
      status: 'signed',
      by: 'M. Bernard Lefebvre',
      at: AT,
      note: 'Maire',
    });
    expect(signature).toMatchObject({
      version: 1,
      algorithm: 'Ed25519',
      canonicalization: 'JCS (RFC 8785)',
      signedAt: AT,
      signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
      publicKey: key.publicKeyPem,
      keyFingerprint: key.fingerprint,
    });
    expect(signature.content.attachments).toHaveLength(1);
    expect(signature.content.revisions).toHaveLength(1);
    expect(json(document.signature!)).toEqual(signature);
  });

  it('refuses a document that is not validated or refused', async () => {
    const draft = await miniDocument();
    await expect(
      signDocument(draft, { key, signer: { name: 'X', role: 'Maire' }, at: AT }),
    ).rejects.toMatchObject({
      code: 'status-transition-refused',
    });
  });

  it('refuses a document already signed, and a signer without name or role', async () => {
    const { document } = await readDpia(signedBytes, { file: 'a.dpia' });
    await expect(
      signDocument(document, { key, signer: { name: 'X', role: 'Y' }, at: AT }),
    ).rejects.toMatchObject({
      code: 'document-signed',
    });
    await expect(
      signDocument(await validatedDocument(), { key, signer: { name: 'X', role: ' ' }, at: AT }),
    ).rejects.toMatchObject({ code: 'signer-missing' });
  });
});

describe('verifyDpiaBytes', () => {
  it('says who signed an intact file, when, with which key and content hash', async () => {
    const report = await verify(signedBytes);
    expect(report.status).toBe('intact');
    if (report.status !== 'intact') return;
    expect(report.info).toMatchObject({
      signerName: 'M. Bernard Lefebvre',
      signerRole: 'Maire',
      signedAt: AT,
      keyFingerprint: key.fingerprint,
    });
    expect(report.info.contentSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says an unsigned file is not signed', async () => {
    const report = await verify(await write(await miniDocument()));
    expect(report.status).toBe('unsigned');
    expect(report.problems[0]?.localized('en')).toBe('"a.dpia" is not signed.');
  });

  it('catches an answer changed after signing, even with the manifest hash recomputed', async () => {
    const entries: Entries = unzipSync(signedBytes);
    const assessment = json(entries['assessment.json']!) as { answers: Record<string, { text?: string }> };
    assessment.answers['context.description']!.text = 'Des caméras filment toute la ville.';
    entries['assessment.json'] = bytesOf(assessment);
    await fixManifest(entries);
    const report = await verify(zipSync(entries));
    expect(report.status).toBe('invalid');
    expect(codes(report)).toEqual(['signed-content-altered']);
    expect(report.problems[0]?.localized('en')).toBe(
      '"a.dpia" has changed since it was signed: assessment.json.',
    );
  });

  it('catches an attachment replaced after signing, with its metadata and the manifest made consistent', async () => {
    const entries: Entries = unzipSync(signedBytes);
    await swapAttachment(entries, (bytes) => {
      bytes[10] = (bytes[10]! + 1) % 256;
      return bytes;
    });
    const report = await verify(zipSync(entries));
    expect(codes(report)).toEqual(['signed-content-altered', 'signed-attachment-altered']);
    expect(report.problems[1]?.localized('fr')).toContain('arrêté préfectoral.pdf');
  });

  it('catches an edited signer name, and a public key swapped for another', async () => {
    const renamed = edit(signedBytes, (entries) => {
      const signature = json(entries['signature.json']!) as { signer: { name: string } };
      signature.signer.name = 'Quelqu’un d’autre';
      entries['signature.json'] = bytesOf(signature);
    });
    expect(codes(await verify(renamed))).toEqual(['signature-invalid']);
    const swapped = edit(signedBytes, (entries) => {
      const signature = json(entries['signature.json']!) as { publicKey: string };
      signature.publicKey = otherKey.publicKeyPem;
      entries['signature.json'] = bytesOf(signature);
    });
    expect(codes(await verify(swapped))).toEqual(['signature-key-mismatch']);
    const garbage = edit(signedBytes, (entries) => {
      entries['signature.json'] = bytesOf({ hello: 'world' });
    });
    expect(codes(await verify(garbage))).toEqual(['signature-malformed']);
  });

  it('reports a file signed with another key than the one expected', async () => {
    const expected = await importPublicKey(otherKey.publicKeyPem, 'other.pub.pem');
    const report = await verify(signedBytes, { expectedKey: expected });
    expect(codes(report)).toEqual(['signature-wrong-key']);
    const right = await importPublicKey(key.publicKeyPem, 'key.pub.pem');
    expect((await verify(signedBytes, { expectedKey: right })).status).toBe('intact');
  });

  it('keeps a signature valid when the JSON is only re-indented and its keys reordered', async () => {
    const entries: Entries = unzipSync(signedBytes);
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reorder(v)]),
            )
          : value;
    for (const name of ['assessment.json', 'template.json']) {
      entries[name] = bytesOf(reorder(json(entries[name]!)), 0);
    }
    await fixManifest(entries);
    expect((await verify(zipSync(entries))).status).toBe('intact');
  });

  it('signs the canonical JSON of RFC 8785', () => {
    expect(canonicalJson({ b: [1, 'é', { z: null, a: 1e21 }], a: 0.5 })).toBe(
      '{"a":0.5,"b":[1,"é",{"a":1e+21,"z":null}]}',
    );
  });

  it('verifies a document in memory as well', async () => {
    const { document } = await readDpia(signedBytes, { file: 'a.dpia' });
    expect((await verifyDocument(document, { file: 'a.dpia' })).status).toBe('intact');
    const edited = { ...document, template: { ...document.template, version: '9.9.9' } };
    expect(codes(await verifyDocument(edited, { file: 'a.dpia' }))).toEqual(['signed-content-altered']);
  });
});
