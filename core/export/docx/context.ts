// What every part of the Word export needs: the document, the language, its labels, safe text and the codes R1, M1...
import type { Assessment } from '../../model/assessment.ts';
import type { Language, LocalizedText } from '../../model/localized.ts';
import type { DpiaDocument } from '../../format/document.ts';
import type { LegalReference, Template } from '../../template/schema.ts';
import type { AssessmentStatus } from '../../model/assessment.ts';
import { displayedStatus } from '../../signature/trust.ts';
import { frenchTypography, frenchTypographyParts } from '../../markdown/french-typography.ts';
import type { TypographyPart } from '../../markdown/french-typography.ts';
import { labelsFor } from './labels.ts';
import type { Labels } from './labels.ts';
import { withAgreement } from './labels-filed.ts';
import type { RawRowRegistry } from './raw-rows.ts';
import { safeXmlText } from './safe-text.ts';
import type { ExportFinding, ExportSignature } from '../../model/export-records.ts';

export type { ExportFinding, ExportSignature };

export interface ExportOptions {
  language: Language;
  findings?: ExportFinding[];
  /** The day the findings were established as of, `YYYY-MM-DD`, printed at the head of their annex. */
  findingsAsOf?: string;
  /** manifest.contentSha256 of the file, printed in the document control table. */
  contentSha256?: string;
  /** Absent for an unsigned file. Only this verdict, never the stored status, makes the export say « signed ». */
  signature?: ExportSignature;
  /** A confidentiality marking for the running header, e.g. « Diffusion restreinte », chosen at export. */
  marking?: string;
  /**
   * Write the contents' page numbers, from docx's layout of the pages (pagination.ts). Takes seconds on a large
   * document; without it the contents are filled but paged by Word or LibreOffice when they update the field.
   */
  pageNumbers?: boolean;
}

/** Letters of the annexes, given in the order they are printed. */
export interface AnnexLetters {
  cameras: string;
  findings: string | null;
  legalReferences: string;
  attachments: string;
}

export interface ExportContext {
  readonly language: Language;
  readonly labels: Labels;
  readonly assessment: Assessment;
  readonly template: Template;
  readonly attachments: ReadonlyMap<string, Uint8Array>;
  readonly options: ExportOptions;
  readonly annex: AnnexLetters;
  /** R1, R2... in the order of the risk list. */
  readonly riskCodes: ReadonlyMap<string, string>;
  /** M1, M2... in the order of the measure list. */
  readonly measureCodes: ReadonlyMap<string, string>;
  readonly legalReferences: ReadonlyMap<string, LegalReference>;
  /** The status as the signature's verdict allows it: « signed » only when the signature verifies. */
  readonly status: AssessmentStatus;
  /** That status in words (« Signée — signataire non reconnu » when intact but not trusted). */
  readonly statusLabel: string;
  /** A status of the history in words: a « signed » step whose signature does not verify says so. */
  historyStatusLabel(status: AssessmentStatus): string;
  /** Body rows of large registers written as XML, put in place when the package is packed (raw-rows.ts). */
  readonly rawRows: RawRowRegistry;
  /** Any text for the page: made safe for XML, with French typography in French. */
  text(value: string): string;
  /** The runs of one paragraph, typeset together so punctuation after a bold word is spaced right. */
  textParts(parts: readonly TypographyPart[]): string[];
  /** A template text in the export's language. */
  local(value: LocalizedText): string;
  /** A date (YYYY-MM-DD, or the date of an ISO instant) written out, e.g. « 3 mars 2025 ». */
  date(value: string | null): string;
  /** A date as 30/06/2028, for dense tables. */
  shortDate(value: string): string;
  number(value: number): string;
  bytes(size: number): string;
  /** A fresh list, so each Markdown list numbers from 1. */
  nextListInstance(): number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function createContext(doc: DpiaDocument, options: ExportOptions): ExportContext {
  const { language } = options;
  const labels = withAgreement(labelsFor(language), language, doc.assessment.meta.dpo);
  const french = language === 'fr';
  const numberFormat = new Intl.NumberFormat(french ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  const sizeFormat = new Intl.NumberFormat(french ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  let listInstance = 0;
  const text = (value: string): string => {
    const safe = safeXmlText(value);
    return french ? frenchTypography(safe) : safe;
  };
  const findings = options.findings ?? [];
  const letters = ['A', 'B', 'C', 'D'];
  let next = 0;
  const annex: AnnexLetters = {
    cameras: letters[next++] ?? '',
    findings: findings.length > 0 ? (letters[next++] ?? '') : null,
    legalReferences: letters[next++] ?? '',
    attachments: letters[next++] ?? '',
  };
  const verdict = options.signature?.verdict ?? 'unsigned';
  const status = displayedStatus(doc.assessment, verdict);
  const statusLabel =
    status === 'signed' && verdict === 'not-recognised' ? labels.signedNotRecognised : labels.status[status];
  return {
    language,
    labels,
    status,
    statusLabel,
    historyStatusLabel: (s) => {
      if (s !== 'signed' || verdict === 'trusted') return labels.status[s];
      return verdict === 'not-recognised' ? labels.signedNotRecognised : labels.signedUnverified;
    },
    assessment: doc.assessment,
    template: doc.template,
    attachments: doc.attachments,
    options,
    annex,
    riskCodes: new Map(doc.assessment.risks.map((r, i) => [r.id, `R${i + 1}`])),
    measureCodes: new Map(doc.assessment.measures.map((m, i) => [m.id, `M${i + 1}`])),
    rawRows: new Map(),
    legalReferences: new Map(doc.template.knowledgeBase.legalReferences.map((l) => [l.id, l])),
    text,
    textParts: (parts) => {
      const safe = parts.map((p) => ({ ...p, text: safeXmlText(p.text) }));
      return french ? frenchTypographyParts(safe) : safe.map((p) => p.text);
    },
    local: (value) => text(value[language]),
    date: (value) => {
      if (value === null || value === '') return labels.dash;
      const match = ISO_DATE.exec(value);
      const month = labels.months[Number(match?.[2]) - 1];
      if (!match || month === undefined) return text(value);
      return text(labels.formatDate(Number(match[3]), month, Number(match[1])));
    },
    shortDate: (value) => {
      const match = ISO_DATE.exec(value);
      return match ? `${match[3]}/${match[2]}/${match[1]}` : text(value);
    },
    number: (value) => numberFormat.format(value),
    bytes: (size) => {
      const units = labels.bytes.unit;
      let value = size;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return `${unit === 0 ? value : sizeFormat.format(value)}\u00A0${units[unit] ?? ''}`;
    },
    nextListInstance: () => ++listInstance,
  };
}
