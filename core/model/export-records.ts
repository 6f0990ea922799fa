// What the checks and the signature hand to the Word export: a finding and a verified signature, as printed.
import type { SignatureVerdict } from './signature-verdict.ts';

/** A finding of the checks engine, printed in an annex of the export. */
export interface ExportFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  legalRef: string;
  location: string;
}

/** The verdict on the file's signature, printed in the signature block (see signature-verdict.ts). */
export type ExportSignature = SignatureVerdict;
