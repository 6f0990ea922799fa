// The words the CNIL import writes into the assessment and into its report, in French and English.
import type { FearedEvent } from '../../model/vocabulary.ts';
import { FEARED_EVENT_LABELS, labelsIn, VERDICT_LABELS } from '../../model/vocabulary.ts';
import type { Language } from '../../model/localized.ts';
import type { Verdict } from '../../model/assessment.ts';

const N = '\u202F';

export interface ImportTexts {
  untitledPia: string;
  untitledMeasure: string;
  /** A CNIL risk's title: its feared event's label. */
  riskTitle: Record<Exclude<FearedEvent, 'other'>, string>;
  verdict: Record<Verdict, string>;
  importedComments: string;
  actionPlan: string;
  followUp: (person: string, date: string) => string;
  addedQuestion: (reference: string, title: string) => string;
  unplacedAnswer: (reference: string, title: string) => string;
  pendingEvaluation: (reference: string) => string;
  unknownEvaluation: (reference: string) => string;
  unidentifiedMeasure: (reference: string) => string;
  unknownComment: (reference: string) => string;
  otherListAnswer: string;
  unmatchedMeasures: string;
  peopleConsulted: (names: string) => string;
  peopleVerdict: { favourable: string; unfavourable: string };
  previousRefusal: string;
  appliedAdjustments: string;
  fullTitle: string;
  acceptedAsIs: string;
  importNote: {
    intro: (date: string) => string;
    cnilStatus: (label: string) => string;
    statusLabels: Record<number, string>;
    category: (value: string) => string;
    structure: (value: string) => string;
    progress: (value: number) => string;
    dates: (created: string, updated: string) => string;
    example: string;
    archived: string;
    signedValidation: string;
  };
}

const fr: ImportTexts = {
  riskTitle: labelsIn(FEARED_EVENT_LABELS, 'fr'),
  verdict: labelsIn(VERDICT_LABELS, 'fr'),
  untitledPia: 'AIPD importée de l’outil PIA de la CNIL',
  untitledMeasure: 'Mesure sans titre',
  importedComments: 'Commentaires importés',
  actionPlan: 'Plan d’action (outil PIA de la CNIL)',
  followUp: (person, date) =>
    [person && `Responsable${N}: ${person}`, date && `échéance prévue${N}: ${date}`]
      .filter(Boolean)
      .join(' — '),
  addedQuestion: (reference, title) =>
    `Réponse à une question ajoutée dans l’outil de la CNIL (${reference})${title ? `${N}: «${N}${title}${N}»` : ''}`,
  unplacedAnswer: (reference, title) =>
    `Réponse à la question ${reference} de l’outil de la CNIL${title ? `${N}: «${N}${title}${N}»` : ''}`,
  pendingEvaluation: (reference) => `Appréciation en attente (référence ${reference})`,
  unknownEvaluation: (reference) => `Appréciation d’un élément inconnu (référence ${reference})`,
  unidentifiedMeasure: (reference) => `Mesure non identifiée (référence «${N}${reference}${N}»)`,
  unknownComment: (reference) => `Commentaire sur un élément inconnu (référence ${reference})`,
  otherListAnswer: 'Éléments de liste',
  unmatchedMeasures: 'Mesures citées sans correspondance dans la liste des mesures',
  peopleConsulted: (names) => `Personnes consultées${N}: ${names}`,
  peopleVerdict: {
    favourable: 'Avis favorable à la mise en œuvre du traitement.',
    unfavourable: 'Avis défavorable à la mise en œuvre du traitement.',
  },
  previousRefusal: 'Motif de refus consigné dans l’outil PIA de la CNIL',
  appliedAdjustments: 'Ajustements apportés',
  fullTitle: 'Titre complet',
  acceptedAsIs: `Risque jugé acceptable sans réévaluation dans l’outil de la CNIL${N}: niveau initial repris.`,
  importNote: {
    intro: (date) => `Importé de l’outil PIA de la CNIL le ${date}.`,
    cnilStatus: (label) => `Statut dans l’outil${N}: ${label}.`,
    statusLabels: {
      0: 'en cours',
      1: 'refusée',
      2: 'validation simple',
      3: 'validation signée',
      4: 'archivée',
    },
    category: (value) => `Catégorie${N}: ${value}.`,
    structure: (value) => `Structure${N}: ${value}.`,
    progress: (value) => `Avancement${N}: ${value}${N}%.`,
    dates: (created, updated) => `Créée le ${created}, modifiée le ${updated}.`,
    example: 'L’analyse était un exemple de l’outil.',
    archived: 'L’analyse était archivée dans l’outil.',
    signedValidation: `La validation signée de l’outil n’est pas une signature électronique${N}: signez de nouveau le document.`,
  },
};

const en: ImportTexts = {
  riskTitle: labelsIn(FEARED_EVENT_LABELS, 'en'),
  verdict: labelsIn(VERDICT_LABELS, 'en'),
  untitledPia: 'DPIA imported from the CNIL PIA tool',
  untitledMeasure: 'Untitled measure',
  importedComments: 'Imported comments',
  actionPlan: 'Action plan (CNIL PIA tool)',
  followUp: (person, date) =>
    [person && `Person in charge: ${person}`, date && `expected by: ${date}`].filter(Boolean).join(' — '),
  addedQuestion: (reference, title) =>
    `Answer to a question added in the CNIL tool (${reference})${title ? `: "${title}"` : ''}`,
  unplacedAnswer: (reference, title) =>
    `Answer to question ${reference} of the CNIL tool${title ? `: "${title}"` : ''}`,
  pendingEvaluation: (reference) => `Pending verdict (reference ${reference})`,
  unknownEvaluation: (reference) => `Verdict on an unknown element (reference ${reference})`,
  unidentifiedMeasure: (reference) => `Unidentified measure (reference "${reference}")`,
  unknownComment: (reference) => `Comment on an unknown element (reference ${reference})`,
  otherListAnswer: 'List entries',
  unmatchedMeasures: 'Measures named without a match in the list of measures',
  peopleConsulted: (names) => `People consulted: ${names}`,
  peopleVerdict: {
    favourable: 'In favour of carrying out the processing.',
    unfavourable: 'Against carrying out the processing.',
  },
  previousRefusal: 'Reason for refusal recorded in the CNIL PIA tool',
  appliedAdjustments: 'Adjustments made',
  fullTitle: 'Full title',
  acceptedAsIs: 'Risk judged acceptable without re-rating in the CNIL tool: initial level kept.',
  importNote: {
    intro: (date) => `Imported from the CNIL PIA tool on ${date}.`,
    cnilStatus: (label) => `Status in the tool: ${label}.`,
    statusLabels: {
      0: 'in progress',
      1: 'refused',
      2: 'simple validation',
      3: 'signed validation',
      4: 'archived',
    },
    category: (value) => `Category: ${value}.`,
    structure: (value) => `Structure: ${value}.`,
    progress: (value) => `Progress: ${value}%.`,
    dates: (created, updated) => `Created on ${created}, modified on ${updated}.`,
    example: 'The assessment was an example of the tool.',
    archived: 'The assessment was archived in the tool.',
    signedValidation:
      'The signed validation of the tool is not an electronic signature: sign the document again.',
  },
};

export const IMPORT_TEXTS: Record<Language, ImportTexts> = { fr, en };
