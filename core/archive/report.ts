// The verification report of an archive package: what was checked on the day of archiving (signature verdict,
// signer, key, content hash, trust list, tool), as JSON for programs and as text, in the document's language, for
// the archivist who opens the folder years later.
import type { Language } from '../model/localized.ts';
import {
  TRUST_VERDICT_LABELS,
  type SignatureVerdict,
  type TrustVerdict,
} from '../model/signature-verdict.ts';
import { STATUS_LABELS, type AssessmentStatus } from '../model/vocabulary.ts';

export interface ArchiveReport {
  format: 'dpia-archive-report';
  reportVersion: 1;
  /** The instant of archiving: the verdict is as of this moment. */
  archivedAt: string;
  tool: string;
  language: Language;
  document: {
    file: string;
    sha256: string;
    title: string;
    organisation: string;
    /** The status as the verdict allows it (« signed » only with an intact signature). */
    status: AssessmentStatus;
    formatVersion: number;
    /** manifest.contentSha256: the hash the signature covers. */
    contentSha256: string;
    recordEntry: string | null;
  };
  word: { file: string; sha256: string; language: Language; pageNumbers: boolean };
  signature: {
    verdict: TrustVerdict;
    verdictLabel: string;
    meaning: string;
    signer: string | null;
    role: string | null;
    signedAt: string | null;
    keyFingerprint: string | null;
    contentSha256: string | null;
    trustedAs: string | null;
    reason: string | null;
  };
  /** The reader's trust list as used for the verdict. */
  trustList: { name: string; fingerprint: string; addedAt: string; until: string | null }[];
}

export function signatureSection(verdict: SignatureVerdict, language: Language): ArchiveReport['signature'] {
  const words = TRUST_VERDICT_LABELS[verdict.verdict];
  return {
    verdict: verdict.verdict,
    verdictLabel: words.label[language],
    meaning: words.meaning[language],
    signer: verdict.signer,
    role: verdict.role,
    signedAt: verdict.signedAt,
    keyFingerprint: verdict.keyFingerprint,
    contentSha256: verdict.contentSha256,
    trustedAs: verdict.trustedAs,
    reason: verdict.reason?.[language] ?? null,
  };
}

const TEXT = {
  fr: {
    title: 'Rapport de vérification — paquet d’archive AIPD',
    archivedAt: 'Archivé le',
    tool: 'Outil',
    document: 'Document',
    titleLabel: 'Titre',
    organisation: 'Organisme',
    status: 'Statut',
    format: 'Format du fichier',
    contentHash: 'Empreinte du contenu, au manifeste (SHA-256)',
    fileHash: 'Empreinte du fichier (SHA-256)',
    record: 'Entrée du registre',
    word: 'Export Word',
    pageNumbers: 'avec numéros de page',
    signature: 'Signature (verdict à la date d’archivage)',
    verdict: 'Verdict',
    signer: 'Signataire',
    role: 'Qualité',
    signedAt: 'Signé le',
    fingerprint: 'Empreinte de la clé',
    signedHash: 'Contenu signé (SHA-256)',
    trustedAs: 'Reconnu comme',
    reason: 'Motif',
    trustList: 'Liste de confiance utilisée',
    emptyTrust: '(vide)',
    until: 'jusqu’au',
    check: 'Contrôle',
    checkText: [
      'Chaque fichier de ce paquet est listé avec son empreinte SHA-256 dans SHA256SUMS.',
      'Pour vérifier qu’aucun n’a changé, dans ce dossier : sha256sum -c SHA256SUMS',
      'Pour vérifier la signature : dpia verify <fichier>.dpia',
    ],
    none: '—',
  },
  en: {
    title: 'Verification report — DPIA archive package',
    archivedAt: 'Archived at',
    tool: 'Tool',
    document: 'Document',
    titleLabel: 'Title',
    organisation: 'Organisation',
    status: 'Status',
    format: 'File format',
    contentHash: 'Content hash, in the manifest (SHA-256)',
    fileHash: 'File hash (SHA-256)',
    record: 'Record entry',
    word: 'Word export',
    pageNumbers: 'with page numbers',
    signature: 'Signature (verdict as of the archive date)',
    verdict: 'Verdict',
    signer: 'Signer',
    role: 'Role',
    signedAt: 'Signed at',
    fingerprint: 'Key fingerprint',
    signedHash: 'Signed content (SHA-256)',
    trustedAs: 'Trusted as',
    reason: 'Reason',
    trustList: 'Trust list used',
    emptyTrust: '(empty)',
    until: 'until',
    check: 'Checking',
    checkText: [
      'Every file of this package is listed with its SHA-256 hash in SHA256SUMS.',
      'To check that none has changed, in this folder: sha256sum -c SHA256SUMS',
      'To check the signature: dpia verify <file>.dpia',
    ],
    none: '—',
  },
} as const;

/** The report as plain text (UTF-8, LF line ends), in the report's language. */
export function reportText(report: ArchiveReport): string {
  const t = TEXT[report.language];
  const { document: d, word: w, signature: s } = report;
  // French puts a narrow no-break space before the colon.
  const colon = report.language === 'fr' ? '\u00A0:' : ':';
  const line = (label: string, value: string | null) => `  ${label}${colon} ${value ?? t.none}`;
  const lines = [
    t.title,
    '',
    line(t.archivedAt, report.archivedAt),
    line(t.tool, report.tool),
    '',
    `${t.document}${colon} ${d.file}`,
    line(t.titleLabel, d.title),
    line(t.organisation, d.organisation || t.none),
    line(t.status, STATUS_LABELS[d.status][report.language]),
    line(t.format, `dpia ${d.formatVersion}`),
    line(t.record, d.recordEntry),
    line(t.contentHash, d.contentSha256),
    line(t.fileHash, d.sha256),
    '',
    `${t.word}${colon} ${w.file}${w.pageNumbers ? ` (${t.pageNumbers})` : ''}`,
    line(t.fileHash, w.sha256),
    '',
    `${t.signature}${colon}`,
    line(t.verdict, `${s.verdictLabel} — ${s.meaning}`),
    line(t.signer, s.signer),
    line(t.role, s.role),
    line(t.signedAt, s.signedAt),
    line(t.fingerprint, s.keyFingerprint),
    line(t.signedHash, s.contentSha256),
    line(t.trustedAs, s.trustedAs),
    ...(s.reason ? [line(t.reason, s.reason)] : []),
    '',
    `${t.trustList}${colon}${report.trustList.length === 0 ? ` ${t.emptyTrust}` : ''}`,
    ...report.trustList.map(
      (k) => `  - ${k.name}${colon} ${k.fingerprint}${k.until ? ` (${t.until} ${k.until})` : ''}`,
    ),
    '',
    `${t.check}${colon}`,
    ...t.checkText.map((l) => `  ${l}`),
  ];
  return `${lines.join('\n')}\n`;
}
