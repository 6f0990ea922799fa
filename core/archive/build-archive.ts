// Builds an archive package from a .dpia's bytes: the file itself, its Word export, the verification report (text
// and JSON) and SHA256SUMS. Pure: reading, the trust list and the Word builder are given, so the app and the CLI
// build the same package.
import type { ExportOptions } from '../export/docx/context.ts';
import { exportOptionsFor } from '../export/export-options.ts';
import type { DpiaDocument } from '../format/document.ts';
import { readDpia } from '../format/read-dpia.ts';
import { sha256Hex } from '../hash.ts';
import { recordEntryLine } from '../record/entry-text.ts';
import { displayedStatus, verifyTrusted, type TrustedKey } from '../signature/trust.ts';
import { APP_NAME_AND_VERSION } from '../version.ts';
import { assertArchivable } from './eligibility.ts';
import { packageBaseName, REPORT_JSON, REPORT_TEXT, withSums, type ArchiveFile } from './package.ts';
import { reportText, signatureSection, type ArchiveReport } from './report.ts';

export interface ArchiveInput {
  dpiaBytes: Uint8Array;
  /** The document's file name, e.g. `aipd-csu.dpia`: it names the package's files and appears in messages. */
  fileName: string;
  trustList: readonly TrustedKey[];
  /** The archive's instant: the verdict, the findings annex and the report are as of it. */
  now: Date;
  /** The Word builder: in the CLI the library itself, in the app its worker. */
  buildDocx: (document: DpiaDocument, options: ExportOptions) => Promise<Uint8Array>;
  /** Write the contents' page numbers (seconds on a large document). */
  pageNumbers: boolean;
}

export interface ArchivePackage {
  /** The base name of the files, and of the package's folder. */
  base: string;
  /** In package order, SHA256SUMS last. */
  files: ArchiveFile[];
  report: ArchiveReport;
}

/** Checks that the document may be archived, then builds every file of the package. */
export async function buildArchive(input: ArchiveInput): Promise<ArchivePackage> {
  const file = input.fileName;
  const { document, manifest, storedFormatVersion } = await readDpia(input.dpiaBytes, { file });
  const verdict = await verifyTrusted(document, input.trustList, { file, asOf: input.now });
  const { assessment } = document;
  assertArchivable(assessment, verdict, file);

  const language = assessment.meta.language;
  const options = await exportOptionsFor(document, {
    language,
    now: input.now,
    file,
    trustList: input.trustList,
    pageNumbers: input.pageNumbers,
  });
  const docx = await input.buildDocx(document, options);
  const base = packageBaseName(file);
  const dpiaName = `${base}.dpia`;
  const docxName = `${base}.docx`;
  const report: ArchiveReport = {
    format: 'dpia-archive-report',
    reportVersion: 1,
    archivedAt: input.now.toISOString(),
    tool: APP_NAME_AND_VERSION,
    language,
    document: {
      file: dpiaName,
      sha256: await sha256Hex(input.dpiaBytes),
      title: assessment.meta.title,
      organisation: assessment.meta.organisation,
      status: displayedStatus(assessment, verdict.verdict),
      formatVersion: storedFormatVersion,
      contentSha256: manifest.contentSha256,
      recordEntry: recordEntryLine(assessment.meta.recordEntry),
    },
    word: { file: docxName, sha256: await sha256Hex(docx), language, pageNumbers: input.pageNumbers },
    signature: signatureSection(verdict, language),
    trustList: input.trustList.map((k) => ({
      name: k.name,
      fingerprint: k.fingerprint,
      addedAt: k.addedAt,
      until: k.until ?? null,
    })),
  };
  const encode = (text: string) => new TextEncoder().encode(text);
  const files = await withSums([
    { name: dpiaName, bytes: input.dpiaBytes },
    { name: docxName, bytes: docx },
    { name: REPORT_TEXT, bytes: encode(reportText(report)) },
    { name: REPORT_JSON, bytes: encode(`${JSON.stringify(report, null, 2)}\n`) },
  ]);
  return { base, files, report };
}
