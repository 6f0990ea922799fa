// A council's folder of assessments, made with the project's own writers: a draft with due dates, signed files
// (by a trusted key, by an unknown one), a forged one, one from a future format version, a corrupt one.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { blankCamera, blankMeasure } from '../../../core/assessment/blank-entities.ts';
import type { DpiaDocument } from '../../../core/format/document.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import { trustedKeyOf, type TrustedKey } from '../../../core/signature/trust.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { rewrite } from '../../fixtures/zip-tools.ts';
import { validatedDocument } from '../signature/signable-document.ts';

export interface RegisterFolder {
  dir: string;
  trustList: TrustedKey[];
  /** The trusted key as a PEM file, for `--trusted-keys`. */
  trustedKeyPem: string;
  file: (name: string) => string;
}

const bytesOf = async (document: DpiaDocument): Promise<Uint8Array> =>
  (await writeDpia(document, { createdWith: 'test', file: 'x.dpia' })).bytes;

/** The draft whose dates the reminders test: review, authorisation, a late measure, left in draft. */
export async function draftWithDueDates(): Promise<DpiaDocument> {
  const document = await miniDocument({ title: 'AIPD du centre-ville' });
  const a = document.assessment;
  a.meta.organisation = 'Commune de Valmont';
  a.meta.reviewDate = '2026-03-20';
  const camera = blankCamera('00000000-0000-4000-8000-00000000c001', 'CAM-001');
  camera.authorisationExpiry = '2026-07-01';
  a.cameras.push(camera);
  const measure = blankMeasure('00000000-0000-4000-8000-00000000a001', 'Masquer les fenêtres');
  measure.state = 'planned';
  measure.deadline = '2026-02-01';
  a.measures.push(measure);
  return document;
}

export async function registerFolder(): Promise<RegisterFolder> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-register-'));
  const file = (name: string) => path.join(dir, name);
  await mkdir(file('archives/2025'), { recursive: true });
  const trusted = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'k.pem');
  const unknown = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'u.pem');
  const signer = { name: 'M. Bernard Lefebvre', role: 'Maire' };
  const at = '2026-02-21T09:00:00.000Z';
  const signed = (await signDocument(await validatedDocument(), { key: trusted, signer, at })).document;
  const other = (await signDocument(await validatedDocument(), { key: unknown, signer, at })).document;
  const forged: DpiaDocument = {
    ...signed,
    assessment: { ...signed.assessment, meta: { ...signed.assessment.meta, title: 'Titre falsifié' } },
  };
  const future = rewrite(await bytesOf(await miniDocument({ title: 'Du futur' })), (entries) => {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as object;
    entries['manifest.json'] = new TextEncoder().encode(JSON.stringify({ ...manifest, formatVersion: 99 }));
  });
  const draft = await bytesOf(await draftWithDueDates());
  await writeFile(file('centre-ville.dpia'), draft);
  await writeFile(file('archives/2025/signee.dpia'), await bytesOf(signed));
  await writeFile(file('archives/2025/inconnue.dpia'), await bytesOf(other));
  await writeFile(file('archives/falsifiee.dpia'), await bytesOf(forged));
  await writeFile(file('futur.dpia'), future);
  await writeFile(file('abimee.dpia'), draft.subarray(0, draft.length - 200));
  await writeFile(file('notes.txt'), 'not a register entry');
  const trustList = [
    await trustedKeyOf(
      { name: 'Mairie de Valmont', publicKeyPem: trusted.publicKeyPem, addedAt: '2026-01-01T00:00:00Z' },
      'mairie.json',
    ),
  ];
  return { dir, trustList, trustedKeyPem: trusted.publicKeyPem, file };
}
