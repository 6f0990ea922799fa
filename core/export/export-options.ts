// What goes into a Word export beside the document: the findings annex and the verdict on its signature.
import { findingsForExport, isoDay, runChecks } from '../checks/index.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Language } from '../model/localized.ts';
import { verifyTrusted, type TrustedKey } from '../signature/trust.ts';
import type { ExportOptions } from './docx/context.ts';

export async function exportOptionsFor(
  document: DpiaDocument,
  options: {
    language: Language;
    now: Date;
    file: string;
    contentSha256?: string;
    /** The reader's trust list: it decides whether the signer is recognised. */
    trustList?: readonly TrustedKey[];
  },
): Promise<ExportOptions> {
  const findings = runChecks(document.assessment, document.template, { today: isoDay(options.now) });
  const result: ExportOptions = {
    language: options.language,
    findings: findingsForExport(findings, options.language, document.template),
  };
  if (options.contentSha256) result.contentSha256 = options.contentSha256;
  // The verdict, never the file's say-so, decides what the export calls signed: status, history, signature block.
  const verdict = await verifyTrusted(document, options.trustList ?? [], {
    file: options.file,
    asOf: options.now,
  });
  if (verdict.verdict !== 'unsigned') result.signature = verdict;
  return result;
}
