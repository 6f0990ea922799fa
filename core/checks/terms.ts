// The words the checks' messages are made of: the parts of a DPIA they talk about, and lists as people write them.
import type { LocalizedText } from '../model/localized.ts';

const ref = (fr: string, en: string): LocalizedText => ({ fr, en });

/** Names of the parts of a DPIA the checks talk about, in both languages. */
export const TERMS = {
  // Elements of art. 35(7)(a)
  natureScope: ref('nature, portée et contexte', 'nature, scope and context'),
  purposes: ref('finalités', 'purposes'),
  data: ref('données traitées', 'data processed'),
  recipients: ref('destinataires', 'recipients'),
  retention: ref('durées de conservation', 'retention periods'),
  lifecycle: ref('cycle de vie des données', 'data life cycle'),
  assets: ref('supports', 'supporting assets'),
  cameraInventory: ref('inventaire des caméras', 'camera inventory'),
  // Elements of art. 35(7)(b)
  legitimatePurposes: ref('finalités déterminées et légitimes', 'specified and legitimate purposes'),
  legalBasis: ref('base légale', 'legal basis'),
  proportionality: ref('proportionnalité', 'proportionality'),
  minimisation: ref('minimisation des données', 'data minimisation'),
  accuracy: ref('exactitude', 'accuracy'),
  retentionLimit: ref('limitation de la conservation', 'storage limitation'),
  information: ref('information des personnes', 'information of the public'),
  access: ref('droit d’accès', 'right of access'),
  rectification: ref('rectification et effacement', 'rectification and erasure'),
  restriction: ref('limitation et opposition', 'restriction and objection'),
  notificationPortability: ref(
    'notification aux destinataires et portabilité',
    'notification of recipients and portability',
  ),
  processors: ref('sous-traitants', 'processors'),
  transfers: ref('transferts hors de l’UE', 'transfers outside the EU'),
  priorConsultation: ref('consultation préalable', 'prior consultation'),
  codesOfConduct: ref('codes de conduite (art. 35(8))', 'codes of conduct (art. 35(8))'),
  // Elements of an access procedure
  accessContact: ref('à qui s’adresser', 'whom to contact'),
  accessIdentity: ref('comment l’identité est vérifiée', 'how identity is checked'),
  accessTimeLimit: ref('le délai de réponse', 'the time limit for the answer'),
  accessThirdParties: ref(
    'comment les tiers visibles sur les images sont protégés',
    'how third parties in the images are protected',
  ),
  // Clauses of a donation agreement
  remoteAccess: ref('l’accès à distance du fournisseur', 'the vendor’s remote access'),
  firmwareUpdates: ref('les mises à jour du micrologiciel', 'firmware updates'),
  dataFlows: ref('où les données peuvent aller', 'where data can go'),
  agreementEnd: ref('la fin de la convention', 'the end of the agreement'),
  // Feared events
  'illegitimate-access': ref('l’accès illégitime', 'illegitimate access'),
  'unwanted-modification': ref('la modification non désirée', 'unwanted modification'),
  disappearance: ref('la disparition', 'disappearance'),
  // Parts of a risk
  sources: ref('les sources de risque', 'risk sources'),
  threats: ref('les menaces', 'threats'),
  impacts: ref('les impacts sur les personnes', 'impacts on people'),
  // Ratings
  initial: ref('initiale', 'initial'),
  residual: ref('résiduelle', 'residual'),
  initialAndResidual: ref('initiale et résiduelle', 'initial and residual'),
  initialSeverity: ref('gravité initiale', 'initial severity'),
  initialLikelihood: ref('vraisemblance initiale', 'initial likelihood'),
  residualSeverity: ref('gravité résiduelle', 'residual severity'),
  residualLikelihood: ref('vraisemblance résiduelle', 'residual likelihood'),
  // Planned measures
  owner: ref('responsable', 'owner'),
  deadline: ref('échéance', 'deadline'),
  ownerAndDeadline: ref('responsable ni échéance', 'owner or deadline'),
  // Verdicts
  improvable: ref('améliorable', 'improvable'),
  'to-correct': ref('à corriger', 'to correct'),
  // DPO opinion
  name: ref('nom', 'name'),
  date: ref('date', 'date'),
  verdict: ref('sens de l’avis', 'verdict'),
  text: ref('texte', 'text'),
  // Reasons for prior consultation
  highResidualRisk: ref('risque résiduel élevé', 'high residual risk'),
  lapiInUse: ref('lecture de plaques en service', 'number-plate reading in use'),
  analyticsInUse: ref('analyses automatisées actives', 'automated analytics active'),
  biometricsInUse: ref('reconnaissance faciale active', 'facial recognition active'),
  analyticsDormant: ref(
    'analyses automatisées présentes, même désactivées',
    'automated analytics present, even if disabled',
  ),
  biometricsDormant: ref(
    'reconnaissance faciale présente, même inactive',
    'facial recognition present, even if dormant',
  ),
  // Fields of the document outside the questions, as findings locations
  'opinions.dpo': ref('Avis du délégué à la protection des données', 'Data protection officer’s opinion'),
  'opinions.data-subjects': ref('Avis des personnes concernées', 'Data subjects’ views'),
  validation: ref('Décision du responsable du traitement', 'Controller’s decision'),
  cameras: ref('Inventaire des caméras', 'Camera inventory'),
  risks: ref('Risques', 'Risks'),
  measures: ref('Mesures', 'Measures'),
  camera: ref('Caméra', 'Camera'),
  risk: ref('Risque', 'Risk'),
  measure: ref('Mesure', 'Measure'),
} as const;

export type Term = keyof typeof TERMS;

/** « a, b et c » / "a, b and c". */
export function joinList(items: readonly string[], language: 'fr' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${language === 'fr' ? 'et' : 'and'} ${last}`;
}

/** A list of camera codes, cut after `max` so that 361 cameras do not make a wall of text. */
export function codeList(codes: readonly string[], max = 8): LocalizedText {
  if (codes.length <= max) return { fr: codes.join(', '), en: codes.join(', ') };
  const shown = codes.slice(0, max).join(', ');
  const rest = codes.length - max;
  return { fr: `${shown} et ${rest} autres`, en: `${shown} and ${rest} more` };
}
