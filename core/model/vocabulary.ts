// The shared vocabulary: every coded value of the model and its French and English label, defined once.
// The Word export, the CSV files, the CLI, the error messages and the editor all read their words here.
import { z } from 'zod';
import type { Language, LocalizedText } from './localized.ts';

type Labels<T extends string> = Readonly<Record<T, LocalizedText>>;

/** A label in the middle of a sentence: « passer au statut brouillon ». */
export function inSentence(text: LocalizedText, language: Language): string {
  const label = text[language];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

// ---- The validation workflow

export const ASSESSMENT_STATUSES = ['draft', 'in-review', 'validated', 'refused', 'signed'] as const;
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;
export const STATUS_LABELS: Labels<AssessmentStatus> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  'in-review': { fr: 'En relecture', en: 'In review' },
  validated: { fr: 'Validée', en: 'Validated' },
  refused: { fr: 'Refusée', en: 'Refused' },
  signed: { fr: 'Signée', en: 'Signed' },
};

/** The reviewer's judgement of an item, as in the CNIL method. */
export const VERDICTS = ['acceptable', 'improvable', 'to-correct'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;
export const VERDICT_LABELS: Labels<Verdict> = {
  acceptable: { fr: 'Acceptable', en: 'Acceptable' },
  improvable: { fr: 'Améliorable', en: 'Improvable' },
  'to-correct': { fr: 'À corriger', en: 'To correct' },
};

export const DPO_VERDICTS = ['favourable', 'reserved', 'unfavourable'] as const;
export const DpoVerdict = z.enum(DPO_VERDICTS);
export type DpoVerdict = z.infer<typeof DpoVerdict>;
export const DPO_VERDICT_LABELS: Labels<DpoVerdict> = {
  favourable: { fr: 'Favorable', en: 'Favourable' },
  reserved: { fr: 'Favorable avec réserves', en: 'Favourable with reservations' },
  unfavourable: { fr: 'Défavorable', en: 'Unfavourable' },
};

/** The controller's decision. */
export const DECISIONS = ['validated', 'conditional', 'refused'] as const;
export const Decision = z.enum(DECISIONS);
export type Decision = z.infer<typeof Decision>;
export const DECISION_LABELS: Labels<Decision> = {
  validated: { fr: 'Validée', en: 'Validated' },
  conditional: { fr: 'Validée sous conditions', en: 'Validated with conditions' },
  refused: { fr: 'Refusée', en: 'Refused' },
};

// ---- Risks and measures

export const FEARED_EVENTS = [
  'illegitimate-access',
  'unwanted-modification',
  'disappearance',
  'other',
] as const;
export const FearedEvent = z.enum(FEARED_EVENTS);
export type FearedEvent = z.infer<typeof FearedEvent>;
export const FEARED_EVENT_LABELS: Labels<FearedEvent> = {
  'illegitimate-access': { fr: 'Accès illégitime aux données', en: 'Illegitimate access to data' },
  'unwanted-modification': {
    fr: 'Modification non désirée des données',
    en: 'Unwanted modification of data',
  },
  disappearance: { fr: 'Disparition des données', en: 'Disappearance of data' },
  other: { fr: 'Autre événement', en: 'Other event' },
};

export const MEASURE_CATEGORIES = ['data', 'security', 'organisational'] as const;
export const MeasureCategory = z.enum(MEASURE_CATEGORIES);
export type MeasureCategory = z.infer<typeof MeasureCategory>;
export const MEASURE_CATEGORY_LABELS: Labels<MeasureCategory> = {
  data: { fr: 'Sur les données', en: 'On the data' },
  security: { fr: 'Sécurité des systèmes', en: 'System security' },
  organisational: { fr: 'Organisationnelle', en: 'Organisational' },
};

export const MEASURE_STATES = ['existing', 'planned'] as const;
export const MeasureState = z.enum(MEASURE_STATES);
export type MeasureState = z.infer<typeof MeasureState>;
export const MEASURE_STATE_LABELS: Labels<MeasureState> = {
  existing: { fr: 'Existante', en: 'Existing' },
  planned: { fr: 'Prévue', en: 'Planned' },
};

// ---- Cameras

export const CAMERA_TYPES = ['fixed', 'dome', 'ptz', 'lapi'] as const;
export const CameraType = z.enum(CAMERA_TYPES);
export type CameraType = z.infer<typeof CameraType>;
export const CAMERA_TYPE_LABELS: Labels<CameraType> = {
  fixed: { fr: 'Fixe', en: 'Fixed' },
  dome: { fr: 'Dôme', en: 'Dome' },
  ptz: { fr: 'Mobile (PTZ)', en: 'PTZ' },
  lapi: { fr: 'LAPI', en: 'Plate reader' },
};

export const PRIVACY_MASKS = ['none', 'static', 'dynamic', 'static-and-dynamic'] as const;
export const PrivacyMasks = z.enum(PRIVACY_MASKS);
export type PrivacyMasks = z.infer<typeof PrivacyMasks>;
export const PRIVACY_MASK_LABELS: Labels<PrivacyMasks> = {
  none: { fr: 'Aucun', en: 'None' },
  static: { fr: 'Statiques', en: 'Static' },
  dynamic: { fr: 'Dynamiques', en: 'Dynamic' },
  'static-and-dynamic': { fr: 'Statiques et dynamiques', en: 'Static and dynamic' },
};

/** Whether a camera has a capability, and if so whether it is switched off. */
export const CAPABILITIES = ['absent', 'present-disabled', 'present-enabled'] as const;
export const Capability = z.enum(CAPABILITIES);
export type Capability = z.infer<typeof Capability>;
export const CAPABILITY_LABELS: Labels<Capability> = {
  absent: { fr: 'Absent', en: 'Absent' },
  'present-disabled': { fr: 'Présent, désactivé', en: 'Present, disabled' },
  'present-enabled': { fr: 'Présent, activé', en: 'Present, enabled' },
};

/** The capabilities a camera is described by (each an absent / disabled / enabled flag). */
export const CAPABILITY_FIELDS = ['audio', 'analytics', 'facialRecognition', 'lapi'] as const;
export type CapabilityField = (typeof CAPABILITY_FIELDS)[number];

/** A camera's fields, in the order of the inventory and of its CSV files. */
export const CAMERA_FIELDS = [
  'code',
  'location',
  'type',
  'purposes',
  'nearHomes',
  'privacyMasks',
  'hours',
  'audio',
  'analytics',
  'facialRecognition',
  'lapi',
  'make',
  'model',
  'firmware',
  'owner',
  'donor',
  'signage',
  'authorisationReference',
  'authorisationExpiry',
  'notes',
] as const;
export type CameraField = (typeof CAMERA_FIELDS)[number];
export const CAMERA_FIELD_LABELS: Labels<CameraField> = {
  code: { fr: 'Code', en: 'Code' },
  location: { fr: 'Emplacement', en: 'Location' },
  type: { fr: 'Type', en: 'Type' },
  purposes: { fr: 'Finalités (CSI L251-2)', en: 'Purposes (CSI L251-2)' },
  nearHomes: { fr: 'Habitations dans le champ', en: 'Homes in view' },
  privacyMasks: { fr: 'Masques de confidentialité', en: 'Privacy masks' },
  hours: { fr: 'Horaires d’enregistrement', en: 'Recording hours' },
  audio: { fr: 'Audio', en: 'Audio' },
  analytics: { fr: 'Analyse automatisée', en: 'Analytics' },
  facialRecognition: { fr: 'Reconnaissance faciale', en: 'Facial recognition' },
  lapi: { fr: 'LAPI', en: 'Number-plate reading' },
  make: { fr: 'Marque', en: 'Make' },
  model: { fr: 'Modèle', en: 'Model' },
  firmware: { fr: 'Micrologiciel', en: 'Firmware' },
  owner: { fr: 'Propriétaire', en: 'Owner' },
  donor: { fr: 'Donateur', en: 'Donor' },
  signage: { fr: 'Panneau d’information', en: 'Information sign' },
  authorisationReference: { fr: 'Arrêté préfectoral', en: 'Prefectoral authorisation' },
  authorisationExpiry: { fr: 'Fin d’autorisation', en: 'Authorisation expiry' },
  notes: { fr: 'Notes', en: 'Notes' },
};

export const YES_NO_LABELS: Labels<'yes' | 'no'> = {
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
};

/** How serious a finding of the checks is; the same word in the app, the Word annex and the command line. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Labels<Severity> = {
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Alerte', en: 'Warning' },
  info: { fr: 'Information', en: 'Information' },
};

/**
 * The columns of an entry of the record of processing activities (GDPR art. 30(1)): what identifies the entry, and
 * the facts an assessment shares with it. A template question receives one of them through its `recordField`.
 */
export const RECORD_FIELDS = [
  'reference',
  'name',
  'controller',
  'dpo',
  'purposes',
  'data-subjects',
  'data-categories',
  'recipients',
  'transfers',
  'retention',
  'security-measures',
] as const;
export const RecordField = z.enum(RECORD_FIELDS);
export type RecordField = z.infer<typeof RecordField>;
export const RECORD_FIELD_LABELS: Labels<RecordField> = {
  reference: { fr: 'Référence', en: 'Reference' },
  name: { fr: 'Nom du traitement', en: 'Processing name' },
  controller: { fr: 'Responsable du traitement', en: 'Controller' },
  dpo: { fr: 'Délégué à la protection des données', en: 'Data protection officer' },
  purposes: { fr: 'Finalités', en: 'Purposes' },
  'data-subjects': { fr: 'Catégories de personnes concernées', en: 'Categories of data subjects' },
  'data-categories': { fr: 'Catégories de données', en: 'Categories of personal data' },
  recipients: { fr: 'Destinataires', en: 'Recipients' },
  transfers: { fr: 'Transferts hors de l’UE', en: 'Transfers outside the EU' },
  retention: { fr: 'Durées de conservation', en: 'Retention periods' },
  'security-measures': { fr: 'Mesures de sécurité', en: 'Security measures' },
};

/** One list of values with its labels, for surfaces that check or show them all (the editor's i18n test). */
export const VOCABULARIES = {
  status: { values: ASSESSMENT_STATUSES, labels: STATUS_LABELS },
  verdict: { values: VERDICTS, labels: VERDICT_LABELS },
  dpoVerdict: { values: DPO_VERDICTS, labels: DPO_VERDICT_LABELS },
  decision: { values: DECISIONS, labels: DECISION_LABELS },
  fearedEvent: { values: FEARED_EVENTS, labels: FEARED_EVENT_LABELS },
  measureCategory: { values: MEASURE_CATEGORIES, labels: MEASURE_CATEGORY_LABELS },
  measureState: { values: MEASURE_STATES, labels: MEASURE_STATE_LABELS },
  cameraType: { values: CAMERA_TYPES, labels: CAMERA_TYPE_LABELS },
  privacyMasks: { values: PRIVACY_MASKS, labels: PRIVACY_MASK_LABELS },
  capability: { values: CAPABILITIES, labels: CAPABILITY_LABELS },
  cameraField: { values: CAMERA_FIELDS, labels: CAMERA_FIELD_LABELS },
  severity: { values: SEVERITIES, labels: SEVERITY_LABELS },
  recordField: { values: RECORD_FIELDS, labels: RECORD_FIELD_LABELS },
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;

/** A vocabulary's labels in one language, e.g. for a surface's own table of words. */
export function labelsIn<T extends string>(labels: Labels<T>, language: Language): Record<T, string> {
  return Object.fromEntries(
    Object.entries<LocalizedText>(labels).map(([k, v]) => [k, v[language]]),
  ) as Record<T, string>;
}
