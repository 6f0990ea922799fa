// The register as a table: its columns in both languages, the rows as text for the spreadsheet export and the
// command line, and the search, filter and sort the register screen offers.
import type { Language, LocalizedText } from '../model/localized.ts';
import { CAMERA_FIELD_LABELS, STATUS_LABELS, type AssessmentStatus } from '../model/vocabulary.ts';
import { verdictLabel, type TrustVerdict } from '../model/signature-verdict.ts';
import type { RegisterEntry } from './entry.ts';

export const REGISTER_COLUMNS = [
  'title',
  'organisation',
  'template',
  'version',
  'status',
  'signature',
  'decisionDate',
  'reviewDate',
  'authorisationExpiry',
  'errors',
  'modifiedAt',
  'file',
  'problem',
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const REGISTER_COLUMN_LABELS: Readonly<Record<RegisterColumn, LocalizedText>> = {
  title: { fr: 'Titre', en: 'Title' },
  organisation: { fr: 'Organisme', en: 'Organisation' },
  template: { fr: 'Modèle', en: 'Template' },
  version: { fr: 'Version', en: 'Version' },
  status: { fr: 'Statut', en: 'Status' },
  signature: { fr: 'Signature', en: 'Signature' },
  decisionDate: { fr: 'Date de décision', en: 'Decision date' },
  reviewDate: { fr: 'Prochaine revue', en: 'Next review' },
  authorisationExpiry: CAMERA_FIELD_LABELS.authorisationExpiry,
  errors: { fr: 'Erreurs', en: 'Errors' },
  modifiedAt: { fr: 'Dernière modification', en: 'Last modified' },
  file: { fr: 'Fichier', en: 'File' },
  problem: { fr: 'Lecture impossible', en: 'Could not be read' },
};

/** One cell of a row as text (dates `YYYY-MM-DD`, so that a spreadsheet sorts them). */
export function registerCell(entry: RegisterEntry, column: RegisterColumn, language: Language): string {
  const f = entry.facts;
  switch (column) {
    case 'file':
      return entry.filePath;
    case 'problem':
      return entry.problem?.[language] ?? '';
    case 'modifiedAt':
      return (f?.modifiedAt ?? entry.fileModifiedAt ?? '').slice(0, 10);
  }
  if (!f) return '';
  switch (column) {
    case 'title':
      return f.title;
    case 'organisation':
      return f.organisation;
    case 'template':
      return `${f.templateId} ${f.templateVersion}`;
    case 'version':
      return f.version;
    case 'status':
      return STATUS_LABELS[f.status][language];
    case 'signature':
      return verdictLabel(f.verdict, language);
    case 'decisionDate':
      return f.decisionDate ?? '';
    case 'reviewDate':
      return f.reviewDate ?? '';
    case 'authorisationExpiry':
      return f.authorisationExpiry ?? '';
    case 'errors':
      return String(f.errorCount);
  }
}

/** The rows to export: the header, then one row per entry. */
export function registerTable(entries: readonly RegisterEntry[], language: Language): string[][] {
  return [
    REGISTER_COLUMNS.map((c) => REGISTER_COLUMN_LABELS[c][language]),
    ...entries.map((entry) => REGISTER_COLUMNS.map((c) => registerCell(entry, c, language))),
  ];
}

export interface RegisterFilter {
  /** Words to find in the title, organisation or file, case and accents ignored. */
  search: string;
  status: AssessmentStatus | 'all';
  signature: TrustVerdict | 'all';
  /** Only the files that could not be read, or only the readable ones. */
  readable: 'all' | 'readable' | 'unreadable';
}

export const NO_FILTER: RegisterFilter = { search: '', status: 'all', signature: 'all', readable: 'all' };

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function filterRegister(entries: readonly RegisterEntry[], filter: RegisterFilter): RegisterEntry[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const f = entry.facts;
    if (filter.readable === 'readable' && !f) return false;
    if (filter.readable === 'unreadable' && f) return false;
    if (filter.status !== 'all' && f?.status !== filter.status) return false;
    if (filter.signature !== 'all' && f?.verdict !== filter.signature) return false;
    if (words.length === 0) return true;
    const haystack = fold([f?.title, f?.organisation, entry.filePath].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

export interface RegisterSort {
  column: RegisterColumn;
  descending: boolean;
}

/** Sorted by a column's text (numbers by value); unreadable files last whatever the order. Stable. */
export function sortRegister(
  entries: readonly RegisterEntry[],
  sort: RegisterSort,
  language: Language,
): RegisterEntry[] {
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.descending ? -1 : 1;
  return [...entries].sort((a, b) => {
    if (!a.facts !== !b.facts) return a.facts ? -1 : 1;
    const x = registerCell(a, sort.column, language);
    const y = registerCell(b, sort.column, language);
    // Empty dates last: « no review date » is not the most urgent.
    if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
    return sign * collator.compare(x, y);
  });
}
