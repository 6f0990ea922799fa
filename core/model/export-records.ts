// What the checks and the signature hand to the Word export: a finding and a verified signature, as printed.

/** A finding of the checks engine, printed in an annex of the export. */
export interface ExportFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  legalRef: string;
  location: string;
}

/** The electronic signature of a signed file, printed in the signature block. */
export interface ExportSignature {
  signerName: string;
  signerRole: string;
  /** ISO 8601 instant. */
  signedAt: string;
  /** Fingerprint of the signer's public key, as `dpia verify` prints it. */
  keyFingerprint: string;
  /** SHA-256 of the signed canonical content. */
  contentSha256: string;
}
