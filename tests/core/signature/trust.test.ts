// The one verdict every surface shows: trusted, not recognised (unknown key, out of its validity, dated ahead), broken.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DpiaDocument } from '../../../core/format/document.ts';
import {
  generateSigningKeyPair,
  importPrivateKey,
  type PrivateSigningKey,
} from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import {
  displayedStatus,
  trustedKeyOf,
  verifyTrusted,
  type TrustedKey,
} from '../../../core/signature/trust.ts';
import { validatedDocument } from './signable-document.ts';

const AT = '2026-03-01T09:00:00.000Z';
const NOW = new Date('2026-06-01T12:00:00Z');
let key: PrivateSigningKey;
let signed: DpiaDocument;

const entry = (name: string, until?: string): Promise<TrustedKey> =>
  trustedKeyOf(
    { name, publicKeyPem: key.publicKeyPem, addedAt: '2026-01-01T00:00:00Z', ...(until ? { until } : {}) },
    'entry.json',
  );
const verdict = async (list: TrustedKey[], document = signed, asOf = NOW) =>
  verifyTrusted(document, list, { file: 'a.dpia', asOf });

beforeAll(async () => {
  key = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'key.pem');
  ({ document: signed } = await signDocument(await validatedDocument(), {
    key,
    signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
    at: AT,
  }));
});

describe('verifyTrusted', () => {
  it('is « trusted » when the key is in the list, with the name the list gives it', async () => {
    expect(await verdict([await entry('Mairie de Valmont')])).toMatchObject({
      verdict: 'trusted',
      signer: 'M. Bernard Lefebvre',
      role: 'Maire',
      signedAt: AT,
      keyFingerprint: key.fingerprint,
      trustedAs: 'Mairie de Valmont',
      reason: null,
    });
  });

  it('is « not recognised » for an unknown key, naming its fingerprint and who the file claims signed it', async () => {
    const result = await verdict([]);
    expect(result.verdict).toBe('not-recognised');
    expect(result.reason?.en).toContain(key.fingerprint);
    expect(result.reason?.en).toContain('M. Bernard Lefebvre, Maire');
    expect(result.reason?.fr).toContain('n’est pas dans la liste de confiance');
  });

  it('accepts a signature dated up to the last day of the key’s validity, not after', async () => {
    expect((await verdict([await entry('Mandat', '2026-03-01')])).verdict).toBe('trusted');
    const expired = await verdict([await entry('Mandat précédent', '2026-02-28')]);
    expect(expired.verdict).toBe('not-recognised');
    expect(expired.reason?.en).toContain('2026-02-28');
    // Archived signatures stay trusted after the term ends: what counts is the signature's date.
    expect(
      (await verdict([await entry('Mandat', '2026-03-01')], signed, new Date('2030-01-01'))).verdict,
    ).toBe('trusted');
  });

  it('does not trust a signature dated in the future', async () => {
    const early = new Date('2026-02-01T00:00:00Z');
    expect((await verdict([await entry('Mairie')], signed, early)).verdict).toBe('not-recognised');
  });

  it('is « broken » when the content changed, and for a file that says « signed » with no signature', async () => {
    const meta = { ...signed.assessment.meta, title: 'Autre' };
    expect(
      (await verdict([await entry('Mairie')], { ...signed, assessment: { ...signed.assessment, meta } }))
        .verdict,
    ).toBe('broken');
    const stripped = await verdict([await entry('Mairie')], { ...signed, signature: null });
    expect(stripped.verdict).toBe('broken');
    expect(stripped.reason?.en).toMatch(/carries no signature/);
  });

  it('is « unsigned » for a document never signed', async () => {
    expect((await verdict([], await validatedDocument())).verdict).toBe('unsigned');
  });
});

describe('displayedStatus', () => {
  it('says « signed » only for an intact signature; otherwise the decision before it', () => {
    const assessment = signed.assessment;
    expect(displayedStatus(assessment, 'trusted')).toBe('signed');
    expect(displayedStatus(assessment, 'not-recognised')).toBe('signed');
    expect(displayedStatus(assessment, 'broken')).toBe('validated');
    const refused = { ...assessment, validation: { ...assessment.validation, decision: 'refused' as const } };
    expect(displayedStatus(refused, 'unsigned')).toBe('refused');
  });
});
