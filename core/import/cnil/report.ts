// What a CNIL import could not map one to one, and where it kept the text instead, in French and English.
import type { Language } from '../../model/localized.ts';
import type { Template } from '../../template/schema.ts';

/** Where the import kept a text it could not map to its natural place. */
export type KeptIn =
  | { kind: 'answer'; questionId: string }
  | { kind: 'evaluation'; targetId: string }
  | { kind: 'measure'; title: string }
  | { kind: 'risk'; title: string }
  | { kind: 'validation' }
  | { kind: 'import-note' }
  | { kind: 'nowhere' }
  /** Nothing was lost: the entry only asks for a check. */
  | { kind: 'info' };

export type ReportKind =
  | 'unknown-question'
  | 'unknown-evaluation'
  | 'bad-measure-reference'
  | 'pending-evaluation'
  | 'unknown-comment'
  | 'unmatched-risk-measure'
  | 'truncated'
  | 'broken-entries'
  | 'attachments-not-included'
  | 'signed-validation'
  | 'archived'
  | 'measure-categories';

export interface ReportEntry {
  kind: ReportKind;
  /** The CNIL reference (`reference_to`, measure name, list name) the entry is about. */
  reference: string;
  count?: number;
  keptIn: KeptIn;
}

export interface ImportReport {
  counts: { answers: number; measures: number; risks: number; evaluations: number; comments: number };
  entries: ReportEntry[];
}

interface ReportTexts {
  what: Record<ReportKind, (e: ReportEntry) => string>;
  where: (kept: KeptIn, label: (id: string) => string) => string;
  summary: (c: ImportReport['counts']) => string;
  heading: (n: number) => string;
  nothing: string;
}

const N = '\u202F';
const q = (lang: Language, s: string) => (lang === 'fr' ? `«${N}${s}${N}»` : `"${s}"`);

const TEXTS: Record<Language, ReportTexts> = {
  fr: {
    what: {
      'unknown-question': (e) => `réponse à la question ${e.reference}, absente du modèle`,
      'unknown-evaluation': (e) => `appréciation de l’élément ${e.reference}, absent du modèle`,
      'bad-measure-reference': (e) => `appréciation à la référence invalide ${q('fr', e.reference)}`,
      'pending-evaluation': (e) => `appréciation en attente (${e.reference}), sans verdict`,
      'unknown-comment': (e) => `commentaire sur l’élément inconnu ${e.reference}`,
      'unmatched-risk-measure': (e) =>
        `mesure ${q('fr', e.reference)} citée par un risque, sans correspondance dans la liste des mesures`,
      truncated: (e) => `texte trop long (${e.reference}), raccourci`,
      'broken-entries': (e) => `${e.count ?? 0} entrée(s) illisible(s) dans la liste ${q('fr', e.reference)}`,
      'attachments-not-included': () =>
        `les pièces jointes ne sont pas dans l’export JSON (dossier «${N}Pièces jointes${N}» de l’archive ZIP de l’outil)`,
      'signed-validation': () =>
        `validation signée dans l’outil, reprise comme «${N}validé${N}» sans signature électronique`,
      archived: () => 'analyse archivée dans l’outil, reprise comme brouillon',
      'measure-categories': () =>
        `catégories des mesures (données, sécurité, organisation) déduites de leur titre${N}: à vérifier`,
    },
    where: (kept, label) => {
      switch (kept.kind) {
        case 'answer':
          return `texte conservé sous la question ${q('fr', label(kept.questionId))}`;
        case 'evaluation':
          return `texte conservé dans l’appréciation de ${q('fr', label(kept.targetId))}`;
        case 'measure':
          return `texte conservé dans la mesure ${q('fr', kept.title)}`;
        case 'risk':
          return `texte conservé dans le risque ${q('fr', kept.title)}`;
        case 'validation':
          return 'texte conservé dans le commentaire de la décision';
        case 'import-note':
          return 'consigné dans l’historique des statuts (note d’import)';
        case 'nowhere':
          return 'à reprendre à la main';
        case 'info':
          return '';
      }
    },
    summary: (c) =>
      `${c.answers} réponse(s), ${c.measures} mesure(s), ${c.risks} risque(s), ${c.evaluations} appréciation(s), ${c.comments} commentaire(s) importés.`,
    heading: (n) => `À vérifier (${n})${N}:`,
    nothing: 'Tout a été repris.',
  },
  en: {
    what: {
      'unknown-question': (e) => `answer to question ${e.reference}, which the template does not have`,
      'unknown-evaluation': (e) => `verdict on element ${e.reference}, which the template does not have`,
      'bad-measure-reference': (e) => `verdict with the invalid reference ${q('en', e.reference)}`,
      'pending-evaluation': (e) => `pending verdict (${e.reference}), with no decision`,
      'unknown-comment': (e) => `comment on the unknown element ${e.reference}`,
      'unmatched-risk-measure': (e) =>
        `measure ${q('en', e.reference)} named by a risk, with no match in the list of measures`,
      truncated: (e) => `text too long (${e.reference}), shortened`,
      'broken-entries': (e) =>
        `${e.count ?? 0} unreadable entr${e.count === 1 ? 'y' : 'ies'} in the list ${q('en', e.reference)}`,
      'attachments-not-included': () =>
        'attachments are not in the JSON export (they are in the "Attachments" folder of the tool\'s ZIP export)',
      'signed-validation': () =>
        'signed validation in the tool, taken as "validated" without an electronic signature',
      archived: () => 'assessment archived in the tool, taken as a draft',
      'measure-categories': () =>
        'measure categories (data, security, organisational) guessed from their titles: check them',
    },
    where: (kept, label) => {
      switch (kept.kind) {
        case 'answer':
          return `text kept under the question ${q('en', label(kept.questionId))}`;
        case 'evaluation':
          return `text kept in the verdict on ${q('en', label(kept.targetId))}`;
        case 'measure':
          return `text kept in the measure ${q('en', kept.title)}`;
        case 'risk':
          return `text kept in the risk ${q('en', kept.title)}`;
        case 'validation':
          return 'text kept in the comment of the decision';
        case 'import-note':
          return 'recorded in the status history (import note)';
        case 'nowhere':
          return 'to be added by hand';
        case 'info':
          return '';
      }
    },
    summary: (c) =>
      `Imported ${c.answers} answer(s), ${c.measures} measure(s), ${c.risks} risk(s), ${c.evaluations} verdict(s), ${c.comments} comment(s).`,
    heading: (n) => `To check (${n}):`,
    nothing: 'Everything was mapped.',
  },
};

/** One line per entry: what could not be mapped, then where its text went. */
export function describeReportEntry(entry: ReportEntry, language: Language, template: Template): string {
  const labels = new Map<string, string>();
  for (const section of template.sections) {
    for (const item of section.items) {
      labels.set(item.id, item.title[language]);
      for (const question of item.questions) labels.set(question.id, question.label[language]);
    }
  }
  const t = TEXTS[language];
  const what = t.what[entry.kind](entry);
  const where = t.where(entry.keptIn, (id) => labels.get(id) ?? id);
  return where === '' ? what : `${what}${language === 'fr' ? N : ''}: ${where}`;
}

/** The report as lines for a terminal or a dialog: a summary, then each entry. */
export function reportLines(report: ImportReport, language: Language, template: Template): string[] {
  const t = TEXTS[language];
  const lines = [t.summary(report.counts)];
  if (report.entries.length === 0) return [...lines, t.nothing];
  lines.push(t.heading(report.entries.length));
  for (const entry of report.entries) lines.push(`- ${describeReportEntry(entry, language, template)}`);
  return lines;
}
