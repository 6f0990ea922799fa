// What goes into a Word export beside the document: the findings annex and, for a signed file, its verified signature.
import { findingsForExport, isoDay, runChecks } from '../checks/index.ts';
import { contentHashOfDocument } from '../format/content-hash.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Language } from '../model/localized.ts';
import { signatureForExport, verifyDocument } from '../signature/verify.ts';
import type { ExportOptions } from './docx/context.ts';

export async function exportOptionsFor(
  document: DpiaDocument,
  options: {
    language: Language;
    now: Date;
    file: string;
    /** The day the findings are established as of, `YYYY-MM-DD`; the day of `now` by default. */
    asOf?: string;
  },
): Promise<ExportOptions> {
  const asOf = options.asOf ?? isoDay(options.now);
  const findings = runChecks(document.assessment, document.template, { asOf });
  // Computed here, not passed in, so that the app and the CLI cannot print different things.
  const result: ExportOptions = {
    language: options.language,
    findings: findingsForExport(findings, options.language, document.template),
    findingsAsOf: asOf,
    contentSha256: await contentHashOfDocument(document),
  };
  // Only a signature that verifies is printed as one: a broken one must not look valid on paper.
  if (document.signature) {
    const report = await verifyDocument(document, { file: options.file });
    if (report.status === 'intact') result.signature = signatureForExport(report.info);
  }
  return result;
}
