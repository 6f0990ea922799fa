// The verdict on a document's signature, as every surface states it (app, CLI, Word): trusted, not recognised, broken
// or unsigned, with its words in French and English. core/signature/trust.ts reaches it; this is its vocabulary.
import type { Language, LocalizedText } from './localized.ts';

export type TrustVerdict = 'trusted' | 'not-recognised' | 'broken' | 'unsigned';

export interface SignatureVerdict {
  verdict: TrustVerdict;
  /** What the signature claims; null when unsigned or unreadable. */
  signer: string | null;
  role: string | null;
  signedAt: string | null;
  contentSha256: string | null;
  keyFingerprint: string | null;
  /** The trust list's name for the key, when it is in the list. */
  trustedAs: string | null;
  /** Why the verdict is not `trusted`, in both languages (a sentence to print after the verdict's label). */
  reason: LocalizedText | null;
}

/** The verdict of a document without a signature. */
export const UNSIGNED: SignatureVerdict = {
  verdict: 'unsigned',
  signer: null,
  role: null,
  signedAt: null,
  contentSha256: null,
  keyFingerprint: null,
  trustedAs: null,
  reason: null,
};

/** The verdict in words, the same on every surface: the word, and the sentence that says what it means. */
export const TRUST_VERDICT_LABELS: Readonly<
  Record<TrustVerdict, { label: LocalizedText; meaning: LocalizedText }>
> = {
  trusted: {
    label: { fr: 'Signature reconnue', en: 'Trusted signature' },
    meaning: {
      fr: 'Le document est intact et signé par une clé de la liste de confiance.',
      en: 'The document is intact and signed by a key in the trust list.',
    },
  },
  'not-recognised': {
    label: { fr: 'Signataire non reconnu', en: 'Signer not recognised' },
    meaning: {
      fr: 'Le document est intact, mais rien ne prouve qui l’a signé\u202F: sa clé n’est pas dans la liste de confiance.',
      en: 'The document is intact, but nothing proves who signed it: its key is not in the trust list.',
    },
  },
  broken: {
    label: { fr: 'Signature rompue', en: 'Broken signature' },
    meaning: {
      fr: 'Le document a été modifié depuis sa signature, ou la signature est invalide\u202F: il n’est pas signé.',
      en: 'The document changed after it was signed, or the signature is invalid: it is not signed.',
    },
  },
  unsigned: {
    label: { fr: 'Non signé', en: 'Not signed' },
    meaning: { fr: 'Le document n’est pas signé.', en: 'The document is not signed.' },
  },
};

export const verdictLabel = (verdict: TrustVerdict, language: Language): string =>
  TRUST_VERDICT_LABELS[verdict].label[language];

/** Intact signatures (trusted or not) lock the document; a broken one does not. */
export const isIntact = (verdict: TrustVerdict): boolean =>
  verdict === 'trusted' || verdict === 'not-recognised';
