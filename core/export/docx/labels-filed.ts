// Texts of the parts a council files with the document (synthesis, glossary, annex list, captions, agreement), fr and en.
import type { Language } from '../../model/localized.ts';
import type { Labels } from './labels.ts';

const fr = {
  guidance: 'Consigne du modèle',
  risksOverall: 'Appréciation d’ensemble des risques',
  catalogueRef: 'Risque type du catalogue',
  catalogueValue: (ref: string, title: string) =>
    title === ''
      ? `Fiche « ${ref} » du catalogue du modèle`
      : `Fiche « ${ref} » du catalogue du modèle : ${title}`,
  /** Difficulty is feminine in French (« la difficulté »), cost masculine. */
  effortFeminine: { low: 'faible', medium: 'moyenne', high: 'élevée' },
  dpo: { masculine: 'Délégué à la protection des données', feminine: 'Déléguée à la protection des données' },
  dpoOpinion: {
    masculine: 'Avis du délégué à la protection des données',
    feminine: 'Avis de la déléguée à la protection des données',
  },
  unassigned: 'à désigner',
  undated: 'à fixer',
  synthesis: {
    heading: 'Synthèse',
    system: 'Le dispositif',
    systemText: (town: string, cameras: number, active: string, dormant: string) =>
      `${town} : ${cameras} caméra${cameras > 1 ? 's' : ''}. Modules en service : ${active}. Modules présents mais désactivés : ${dormant}.`,
    none: 'aucun',
    purposes: 'Finalités et régime',
    highestRisks: 'Risques résiduels les plus élevés',
    noRisks: 'Aucun risque évalué.',
    priorConsultation: 'Consultation préalable de la CNIL',
    priorRequired: 'requise (risque résiduel élevé)',
    priorNotRequired: 'non requise (aucun risque résiduel élevé)',
    dpoOpinion: 'Avis du DPD',
    followed: 'Avis suivi',
    notFollowedBecause: (why: string) => `Avis non suivi : ${why}`,
    versionInProgress: 'Version en cours',
    decision: 'Décision',
    openErrors: 'Constats bloquants non levés',
    openErrorsText: (n: number, missing: number) =>
      n === 0
        ? 'aucun'
        : `${n} erreur${n > 1 ? 's' : ''}${missing > 0 ? `, dont ${missing} réponse${missing > 1 ? 's' : ''} manquante${missing > 1 ? 's' : ''}` : ''} (annexe des constats)`,
    openActions: 'Actions ouvertes du plan d’action',
    openActionsText: (n: number, unassigned: number) =>
      `${n} action${n > 1 ? 's' : ''} ouverte${n > 1 ? 's' : ''}, dont ${unassigned} sans responsable ou sans échéance`,
    columns: ['Action', 'Responsable', 'Échéance'],
    moreActions: (n: number) =>
      `… et ${n} autre${n > 1 ? 's' : ''} action${n > 1 ? 's' : ''} (voir le plan d’action).`,
    risksAcceptedBy: 'Risques élevés acceptés par',
  },
  glossary: { heading: 'Glossaire', columns: ['Terme', 'Définition'] },
  /** Acronyms a reader meets in the text, beside the template's definitions. */
  acronyms: {
    ANTAI: 'Agence nationale de traitement automatisé des infractions',
    CLSPD: 'Conseil local de sécurité et de prévention de la délinquance',
    CNIL: 'Commission nationale de l’informatique et des libertés',
    CSI: 'Code de la sécurité intérieure',
    CSU: 'Centre de supervision urbaine',
    DPD: 'Délégué à la protection des données',
    DSI: 'Direction des systèmes d’information',
    LAPI: 'Lecture automatisée des plaques d’immatriculation',
    LIL: 'Loi Informatique et Libertés (loi n° 78-17 du 6 janvier 1978)',
    PTZ: 'Caméra orientable et zoomable (pan, tilt, zoom)',
    RGPD: 'Règlement général sur la protection des données (UE) 2016/679',
    RSSI: 'Responsable de la sécurité des systèmes d’information',
  } as Record<string, string>,
  annexList: { heading: 'Liste des annexes' },
  levels: {
    heading: 'Définition des niveaux',
    columns: ['Niveau', 'Gravité', 'Vraisemblance'],
  },
  caption: {
    table: 'Tableau',
    summary: 'Synthèse des risques, initiaux et résiduels',
    initialMap: 'Cartographie des risques initiaux',
    residualMap: 'Cartographie des risques résiduels',
    measures: 'Registre des mesures',
    actionPlan: 'Plan d’action',
  },
  confidentiality: { restricted: 'Diffusion restreinte', internal: 'Usage interne' },
};

export type FiledLabels = typeof fr;

const en: FiledLabels = {
  guidance: 'Template guidance',
  risksOverall: 'Overall assessment of the risks',
  catalogueRef: 'Template catalogue risk',
  catalogueValue: (ref, title) =>
    title === ''
      ? `Entry "${ref}" of the template's catalogue`
      : `Entry "${ref}" of the template's catalogue: ${title}`,
  effortFeminine: { low: 'low', medium: 'medium', high: 'high' },
  dpo: { masculine: 'Data protection officer', feminine: 'Data protection officer' },
  dpoOpinion: {
    masculine: 'Opinion of the data protection officer',
    feminine: 'Opinion of the data protection officer',
  },
  unassigned: 'to be named',
  undated: 'to be set',
  synthesis: {
    heading: 'Summary',
    system: 'The system',
    systemText: (town, cameras, active, dormant) =>
      `${town}: ${cameras} camera${cameras > 1 ? 's' : ''}. Modules in service: ${active}. Modules present but disabled: ${dormant}.`,
    none: 'none',
    purposes: 'Purposes and regime',
    highestRisks: 'Highest residual risks',
    noRisks: 'No risk rated.',
    priorConsultation: 'Prior consultation of the CNIL',
    priorRequired: 'required (high residual risk)',
    priorNotRequired: 'not required (no high residual risk)',
    dpoOpinion: 'DPO’s opinion',
    followed: 'Advice followed',
    notFollowedBecause: (why) => `Advice not followed: ${why}`,
    versionInProgress: 'Current version',
    decision: 'Decision',
    openErrors: 'Open blocking findings',
    openErrorsText: (n, missing) =>
      n === 0
        ? 'none'
        : `${n} error${n > 1 ? 's' : ''}${missing > 0 ? `, of which ${missing} missing answer${missing > 1 ? 's' : ''}` : ''} (findings annex)`,
    openActions: 'Open items of the action plan',
    openActionsText: (n, unassigned) =>
      `${n} open action${n > 1 ? 's' : ''}, ${unassigned} without an owner or a deadline`,
    columns: ['Action', 'Owner', 'Deadline'],
    moreActions: (n) => `… and ${n} more action${n > 1 ? 's' : ''} (see the action plan).`,
    risksAcceptedBy: 'High risks accepted by',
  },
  glossary: { heading: 'Glossary', columns: ['Term', 'Definition'] },
  acronyms: {
    ANTAI: 'French national agency for the automated processing of offences',
    CLSPD: 'Local council for security and crime prevention',
    CNIL: 'French data protection authority (Commission nationale de l’informatique et des libertés)',
    CSI: 'French internal security code (Code de la sécurité intérieure)',
    CSU: 'Urban supervision centre (video surveillance control room)',
    DPO: 'Data protection officer',
    DSI: 'IT department (direction des systèmes d’information)',
    GDPR: 'General Data Protection Regulation (EU) 2016/679',
    LAPI: 'Automatic number plate recognition (lecture automatisée des plaques d’immatriculation)',
    LIL: 'French Data Protection Act (loi Informatique et Libertés, 1978)',
    PTZ: 'Pan-tilt-zoom camera',
    RSSI: 'Chief information security officer (responsable de la sécurité des systèmes d’information)',
  },
  annexList: { heading: 'List of annexes' },
  levels: { heading: 'Definition of the levels', columns: ['Level', 'Severity', 'Likelihood'] },
  caption: {
    table: 'Table',
    summary: 'Summary of the risks, initial and residual',
    initialMap: 'Map of the initial risks',
    residualMap: 'Map of the residual risks',
    measures: 'Register of measures',
    actionPlan: 'Action plan',
  },
  confidentiality: { restricted: 'Restricted distribution', internal: 'Internal use' },
};

const FILED: Record<Language, FiledLabels> = { fr, en };

export function filedLabelsFor(language: Language): FiledLabels {
  return FILED[language];
}

/** Whether a person's name starts with a feminine title (Mme, Madame, Mlle), for French agreement. */
export function isFeminine(person: string): boolean {
  return /^\s*(Mme|Madame|Mlle|Mademoiselle)\b/i.test(person) || /\bdéléguée\b/i.test(person);
}

/** The labels with the DPO's title agreeing with the person named (« la déléguée » for Mme Verhaeghe). */
export function withAgreement(labels: Labels, language: Language, dpo: string): Labels {
  if (language !== 'fr' || !isFeminine(dpo)) return labels;
  const f = FILED[language];
  return {
    ...labels,
    cover: { ...labels.cover, dpo: f.dpo.feminine },
    control: { ...labels.control, dpo: f.dpo.feminine },
    opinions: { ...labels.opinions, dpoHeading: f.dpoOpinion.feminine },
    validation: {
      ...labels.validation,
      signatories: labels.validation.signatories.map((s) =>
        s === 'Le délégué à la protection des données' ? 'La déléguée à la protection des données' : s,
      ),
    },
  };
}
