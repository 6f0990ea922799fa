// What goes into a Word export beside the document: the findings annex and the verdict on its signature.
import { findingsForExport, isoDay, runChecks } from '../checks/index.ts';
import { contentHashOfDocument } from '../format/content-hash.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Language } from '../model/localized.ts';
import { verifyTrusted, type TrustedKey } from '../signature/trust.ts';
import type { ExportFinding, ExportOptions } from './docx/context.ts';

export async function exportOptionsFor(
  document: DpiaDocument,
  options: {
    language: Language;
    now: Date;
    file: string;
    /** The day the findings are established as of, `YYYY-MM-DD`; the day of `now` by default. */
    asOf?: string;
    /** Findings already computed elsewhere (the app runs the checks off its main thread). */
    findings?: ExportFinding[];
    /** The reader's trust list: it decides whether the signer is recognised. */
    trustList?: readonly TrustedKey[];
    /** Write the contents' page numbers (seconds on a large document: see ExportOptions.pageNumbers). */
    pageNumbers?: boolean;
    /** A confidentiality marking for the running header; blank means none. */
    marking?: string;
  },
): Promise<ExportOptions> {
  const asOf = options.asOf ?? isoDay(options.now);
  const findings =
    options.findings ??
    findingsForExport(
      runChecks(document.assessment, document.template, { asOf }),
      options.language,
      document.template,
    );
  // The content hash is computed here, not passed in, so that the app and the CLI cannot print different things.
  const result: ExportOptions = {
    language: options.language,
    findings,
    findingsAsOf: asOf,
    contentSha256: await contentHashOfDocument(document),
  };
  // The verdict, never the file's say-so, decides what the export calls signed: status, history, signature block.
  const verdict = await verifyTrusted(document, options.trustList ?? [], {
    file: options.file,
    asOf: options.now,
  });
  if (verdict.verdict !== 'unsigned') result.signature = verdict;
  if (options.pageNumbers) result.pageNumbers = true;
  const marking = options.marking?.trim();
  if (marking) result.marking = marking;
  return result;
}
