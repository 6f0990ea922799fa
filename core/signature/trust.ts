// Who signed, as far as the reader can tell: a signature proves its signer only through a key the reader trusts.
// One verdict for every surface (app, CLI, Word): trusted, not recognised, broken or unsigned.
import { z } from 'zod';
import type { DpiaError } from '../errors.ts';
import type { DpiaDocument } from '../format/document.ts';
import { IsoDate, IsoDateTime, type AssessmentStatus, type Assessment } from '../model/assessment.ts';
import type { LocalizedText } from '../model/localized.ts';
import { isIntact, type SignatureVerdict, type TrustVerdict } from '../model/signature-verdict.ts';

export {
  isIntact,
  UNSIGNED,
  TRUST_VERDICT_LABELS,
  verdictLabel,
  type SignatureVerdict,
  type TrustVerdict,
} from '../model/signature-verdict.ts';
import { importPublicKey, type PublicSigningKey } from './keys.ts';
import { verifyDocument, type SignatureInfo } from './verify.ts';

/** One entry of the trust list as stored: `<fingerprint>.json` in the trust folder. */
export const TrustedKeyFile = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** SPKI, PEM armoured. */
  publicKeyPem: z.string().min(1).max(10_000),
  addedAt: IsoDateTime,
  /** Last day (inclusive) on which a signature by this key is accepted, e.g. the end of a mayor's term. */
  until: IsoDate.optional(),
});
export type TrustedKeyFile = z.infer<typeof TrustedKeyFile>;

/** A trusted key, read and checked: its fingerprint is computed from the key, never taken from a file name. */
export interface TrustedKey extends TrustedKeyFile {
  fingerprint: string;
}

/** The fingerprint people type: hex digits only, in lower case. */
export const compactFingerprint = (fingerprint: string): string =>
  fingerprint.toLowerCase().replace(/[^0-9a-f]/g, '');

/** Reads a trust entry's key; `file` names it in messages. */
export async function trustedKeyOf(entry: TrustedKeyFile, file: string): Promise<TrustedKey> {
  const key: PublicSigningKey = await importPublicKey(entry.publicKeyPem, file);
  return { ...entry, fingerprint: key.fingerprint };
}

const both = (error: DpiaError): LocalizedText => ({ fr: error.localized('fr'), en: error.localized('en') });

/** The trust entry that vouches for a fingerprint at the signature's date, or why none does. */
export function findTrustedKey(
  trustList: readonly TrustedKey[],
  keyFingerprint: string,
  signedAt: string,
): { key: TrustedKey } | { key: null; expired: TrustedKey | null } {
  const matching = trustList.filter((k) => k.fingerprint === keyFingerprint);
  // A key is trusted for signatures dated up to the end of its last day (dates compare as YYYY-MM-DD).
  const valid = matching.find((k) => k.until === undefined || signedAt.slice(0, 10) <= k.until);
  return valid ? { key: valid } : { key: null, expired: matching[0] ?? null };
}

export interface VerifyTrustedOptions {
  /** The file's name, used in messages. */
  file: string;
  /** The moment of the check: a signature dated later than this is not accepted. */
  asOf: Date;
  /** `dpia verify --key`: the document must be signed with this very key. */
  expectedKey?: PublicSigningKey;
}

/** Verifies the signature and decides, from the trust list, whether its signer is recognised. Never throws. */
export async function verifyTrusted(
  document: DpiaDocument,
  trustList: readonly TrustedKey[],
  options: VerifyTrustedOptions,
): Promise<SignatureVerdict> {
  const report = await verifyDocument(document, {
    file: options.file,
    ...(options.expectedKey ? { expectedKey: options.expectedKey } : {}),
  });
  const verdict = verdictOf(report, trustList, options);
  // A file that says « signed » but carries no signature had it removed: that is a broken signature, not none.
  if (verdict.verdict === 'unsigned' && document.assessment.meta.status === 'signed') {
    return { ...verdict, verdict: 'broken', reason: TRUST_REASON.stripped(options.file) };
  }
  return verdict;
}

type Report = Awaited<ReturnType<typeof verifyDocument>>;

/** The verdict of a verification report (also for reports of files that could not even be read). */
export function verdictOf(
  report: Report,
  trustList: readonly TrustedKey[],
  options: Pick<VerifyTrustedOptions, 'asOf' | 'file'>,
): SignatureVerdict {
  const claims = (info: SignatureInfo | null) => ({
    signer: info?.signerName ?? null,
    role: info?.signerRole ?? null,
    signedAt: info?.signedAt ?? null,
    contentSha256: info?.contentSha256 ?? null,
    keyFingerprint: info?.keyFingerprint ?? null,
  });
  if (report.status === 'unsigned') {
    return { verdict: 'unsigned', ...claims(null), trustedAs: null, reason: both(report.problems[0]!) };
  }
  if (report.status === 'invalid') {
    const reason = {
      fr: report.problems.map((p) => p.localized('fr')).join(' '),
      en: report.problems.map((p) => p.localized('en')).join(' '),
    };
    return { verdict: 'broken', ...claims(report.info), trustedAs: null, reason };
  }
  const { info } = report;
  if (Date.parse(info.signedAt) > options.asOf.getTime() + FUTURE_TOLERANCE_MS) {
    return {
      verdict: 'not-recognised',
      ...claims(info),
      trustedAs: null,
      reason: TRUST_REASON.future(options.file, info.signedAt),
    };
  }
  const found = findTrustedKey(trustList, info.keyFingerprint, info.signedAt);
  if (found.key) return { verdict: 'trusted', ...claims(info), trustedAs: found.key.name, reason: null };
  const reason = found.expired
    ? TRUST_REASON.expired(options.file, found.expired.name, found.expired.until ?? '', info.signedAt)
    : TRUST_REASON.unknown(options.file, info.keyFingerprint, `${info.signerName}, ${info.signerRole}`);
  return { verdict: 'not-recognised', ...claims(info), trustedAs: null, reason };
}

/** Clocks differ; a signature a few minutes "in the future" is a clock, not a forgery. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

const TRUST_REASON = {
  stripped: (file: string): LocalizedText => ({
    fr: `«\u202F${file}\u202F» se dit signé, mais ne contient aucune signature\u202F: elle a été retirée.`,
    en: `"${file}" says it is signed, but carries no signature: it was removed.`,
  }),
  unknown: (file: string, fingerprint: string, signer: string): LocalizedText => ({
    fr: `«\u202F${file}\u202F» est intact, mais sa clé ${fingerprint} n’est pas dans la liste de confiance (il se dit signé par ${signer}).`,
    en: `"${file}" is intact, but its key ${fingerprint} is not in the trust list (it claims to be signed by ${signer}).`,
  }),
  expired: (file: string, name: string, until: string, signedAt: string): LocalizedText => ({
    fr: `«\u202F${file}\u202F» est intact, mais la clé de «\u202F${name}\u202F» n’est reconnue que jusqu’au ${until} et la signature est datée du ${signedAt.slice(0, 10)}.`,
    en: `"${file}" is intact, but the key of "${name}" is trusted only until ${until} and the signature is dated ${signedAt.slice(0, 10)}.`,
  }),
  future: (file: string, signedAt: string): LocalizedText => ({
    fr: `«\u202F${file}\u202F» est intact, mais sa signature est datée du ${signedAt}, une date à venir.`,
    en: `"${file}" is intact, but its signature is dated ${signedAt}, which is in the future.`,
  }),
};

/**
 * The status to show: « signed » only when the signature verifies. A file that says « signed » without an
 * intact signature shows the status its workflow had before the signature (validated or refused).
 */
export function displayedStatus(assessment: Assessment, verdict: TrustVerdict): AssessmentStatus {
  const status = assessment.meta.status;
  if (status !== 'signed' || isIntact(verdict)) return status;
  // Only a decided document can be signed: its decision says what it was before.
  const { decision } = assessment.validation;
  if (decision === 'refused') return 'refused';
  if (decision !== null) return 'validated';
  const before = [...assessment.statusHistory].reverse().find((entry) => entry.status !== 'signed');
  return before?.status ?? 'validated';
}
