// Every rule of the checks engine in one place: its id, severity, source and message in French and English.
import type { LocalizedText } from '../model/localized.ts';
import type { Severity } from './finding.ts';

/** Values a message is built from; French typography is applied to the French message afterwards. */
export type MessageParams = Record<string, string | number>;
type Builder = (p: MessageParams) => string;

interface RuleDefinition {
  severity: Severity;
  legalRef: LocalizedText;
  fr: Builder;
  en: Builder;
}

const ref = (fr: string, en: string): LocalizedText => ({ fr, en });
const CNIL_METHOD = ref('CNIL, PIA – la méthode (2018)', 'CNIL, PIA methodology (2018)');
const ACTION_PLAN = ref(
  'CNIL, PIA – la méthode (2018), plan d’action',
  'CNIL, PIA methodology (2018), action plan',
);
const BIOMETRICS = ref(
  'RGPD, art. 9 ; LIL, art. 88 ; RIA, art. 5(1)(h)',
  'GDPR, art. 9; LIL, art. 88; AI Act, art. 5(1)(h)',
);
const ANALYTICS = ref(
  'LIL, art. 87 et 88 ; loi n° 2023-380, art. 10',
  'LIL, arts. 87 and 88; Law no. 2023-380, art. 10',
);
const AUDIO = ref(
  'CSI, art. L251-2 ; CNIL, avertissement à Saint-Étienne (2019) ; CNIL, position sur Orléans (2023) ; TA Orléans, 12 juillet 2024, n° 2104478',
  'CSI, art. L251-2; CNIL warning to Saint-Étienne (2019); CNIL position on Orléans (2023); Administrative Court of Orléans, 12 July 2024, no. 2104478',
);
const LAPI = ref(
  'CSI, art. L233-1 ; CE, 27 juin 2016, Gujan-Mestras, n° 385091',
  'CSI, art. L233-1; Conseil d’État, 27 June 2016, Gujan-Mestras, no. 385091',
);
const AUTHORISATION = ref('CSI, art. L252-1 et L252-4', 'CSI, arts. L252-1 and L252-4');
const FPS = ref(
  'CGCT, art. L2333-87 ; CSI, art. L251-2 et L233-1 ; CNIL, recommandations sur le stationnement payant (2017) et communiqué (2020)',
  'CGCT, art. L2333-87; CSI, arts. L251-2 and L233-1; CNIL recommendations on paid parking (2017) and statement (2020)',
);
const RIGHTS_IN_PRACTICE = ref(
  'RGPD, art. 12 et 15 ; LIL, art. 105 ; CNIL, avertissement à Valenciennes (2021)',
  'GDPR, arts. 12 and 15; LIL, art. 105; CNIL warning to Valenciennes (2021)',
);
const VALENCIENNES_NECESSITY = ref(
  'RGPD, art. 5(1)(c) et 35(7)(b) ; CNIL, avertissement à Valenciennes (2021)',
  'GDPR, arts. 5(1)(c) and 35(7)(b); CNIL warning to Valenciennes (2021)',
);
const TRANSFERS = ref('RGPD, art. 44 à 49', 'GDPR, arts. 44–49');
const PRIOR_CONSULTATION = ref('RGPD, art. 36 ; LIL, art. 90', 'GDPR, art. 36; LIL, art. 90');

/** « sur 3 caméras (CAM-001, …) » when cameras are concerned, nothing otherwise. */
const onCameras = (p: MessageParams, language: 'fr' | 'en'): string => {
  const count = Number(p.count ?? 0);
  if (count === 0) return '';
  if (language === 'fr')
    return count === 1 ? ` sur la caméra ${p.cameras}` : ` sur ${count} caméras (${p.cameras})`;
  return count === 1 ? ` on camera ${p.cameras}` : ` on ${count} cameras (${p.cameras})`;
};

export const RULES = {
  // ---- Completeness
  'completeness.required-answer': {
    severity: 'error',
    legalRef: ref('RGPD, art. 35(7)', 'GDPR, art. 35(7)'),
    fr: (p) => `Question obligatoire sans réponse : « ${p.question} ».`,
    en: (p) => `Required question not answered: "${p.question}".`,
  },
  'completeness.camera-purpose': {
    severity: 'error',
    legalRef: ref('CSI, art. L251-2', 'CSI, art. L251-2'),
    fr: (p) =>
      `${p.count === 1 ? `La caméra ${p.cameras} n’a` : `${p.count} caméras n’ont`} aucune finalité : chaque caméra doit servir l’une des onze finalités de l’article L251-2 du CSI${p.count === 1 ? '' : ` (${p.cameras})`}.`,
    en: (p) =>
      `${p.count === 1 ? `Camera ${p.cameras} has` : `${p.count} cameras have`} no purpose: every camera must serve one of the eleven purposes of CSI art. L251-2${p.count === 1 ? '' : ` (${p.cameras})`}.`,
  },
  'completeness.risk-unrated': {
    severity: 'error',
    legalRef: ref(
      'RGPD, art. 35(7)(c) ; CNIL, PIA – la méthode (2018)',
      'GDPR, art. 35(7)(c); CNIL, PIA methodology (2018)',
    ),
    fr: (p) =>
      `Risque « ${p.risk} » : l’évaluation ${p.phase} est incomplète (gravité et vraisemblance, de 1 à 4).`,
    en: (p) => `Risk "${p.risk}": the ${p.phase} rating is incomplete (severity and likelihood, 1 to 4).`,
  },
  'completeness.risk-justification': {
    severity: 'error',
    legalRef: CNIL_METHOD,
    fr: (p) =>
      `Risque « ${p.risk} » : niveau sans justification (${p.fields}). Chaque niveau doit être justifié.`,
    en: (p) => `Risk "${p.risk}": level without justification (${p.fields}). Every level must be justified.`,
  },
  'completeness.planned-measure': {
    severity: 'warning',
    legalRef: ACTION_PLAN,
    fr: (p) =>
      `Mesure prévue « ${p.measure} » sans ${p.missing} : le plan d’action doit dire qui la met en œuvre et pour quand.`,
    en: (p) =>
      `Planned measure "${p.measure}" has no ${p.missing}: the action plan must say who carries it out and by when.`,
  },
  'completeness.measure-overdue': {
    severity: 'warning',
    legalRef: ACTION_PLAN,
    fr: (p) =>
      `Mesure prévue « ${p.measure} » en retard : son échéance du ${p.deadline} est passée au ${p.asOf} et elle n’est pas achevée. Mettez à jour son avancement ou son échéance.`,
    en: (p) =>
      `Planned measure "${p.measure}" is overdue: its deadline of ${p.deadline} had passed on ${p.asOf} and it is not finished. Update its progress or its deadline.`,
  },
  'completeness.unassigned-corrective-actions': {
    severity: 'warning',
    legalRef: ACTION_PLAN,
    fr: (p) =>
      `${p.count} action(s) corrective(s) du plan d’action sans responsable ni échéance (${p.targets}) : reprenez-les comme mesures prévues, avec un responsable et une date.`,
    en: (p) =>
      `${p.count} corrective action(s) of the action plan have no owner and no deadline (${p.targets}): record them as planned measures with an owner and a date.`,
  },
  'completeness.evaluation-action': {
    severity: 'warning',
    legalRef: ACTION_PLAN,
    fr: (p) =>
      `« ${p.target} » est jugé « ${p.verdict} » sans action corrective : indiquez ce qui sera fait.`,
    en: (p) => `"${p.target}" is rated "${p.verdict}" with no corrective action: say what will be done.`,
  },

  // ---- Quality: GDPR art. 35(7) and WP248 Annex 2
  'quality.art35-7a': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(7)(a) ; WP248, annexe 2', 'GDPR, art. 35(7)(a); WP248, Annex 2'),
    fr: (p) => `La description systématique du traitement ne couvre pas : ${p.missing}.`,
    en: (p) => `The systematic description of the processing does not cover: ${p.missing}.`,
  },
  'quality.art35-7b': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(7)(b) ; WP248, annexe 2', 'GDPR, art. 35(7)(b); WP248, Annex 2'),
    fr: (p) => `L’évaluation de la nécessité et de la proportionnalité ne couvre pas : ${p.missing}.`,
    en: (p) => `The assessment of necessity and proportionality does not cover: ${p.missing}.`,
  },
  'quality.art35-7c.feared-events': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(7)(c) ; WP248, annexe 2', 'GDPR, art. 35(7)(c); WP248, Annex 2'),
    fr: (p) =>
      `Aucun risque étudié ne porte sur ${p.missing} : l’analyse doit envisager l’accès illégitime, la modification non désirée et la disparition des données.`,
    en: (p) =>
      `No risk studied concerns ${p.missing}: the analysis must consider illegitimate access, unwanted modification and disappearance of data.`,
  },
  'quality.art35-7c.risk-analysis': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(7)(c) ; WP248, annexe 2', 'GDPR, art. 35(7)(c); WP248, Annex 2'),
    fr: (p) => `Risque « ${p.risk} » : il manque ${p.missing}.`,
    en: (p) => `Risk "${p.risk}" lacks ${p.missing}.`,
  },
  'quality.art35-7d': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(7)(d) ; WP248, annexe 2', 'GDPR, art. 35(7)(d); WP248, Annex 2'),
    fr: (p) => `Risque « ${p.risk} » : aucune mesure ne le traite.`,
    en: (p) => `Risk "${p.risk}": no measure treats it.`,
  },
  'quality.dpo-opinion': {
    severity: 'error',
    legalRef: ref('RGPD, art. 35(2)', 'GDPR, art. 35(2)'),
    fr: (p) =>
      `L’avis du délégué à la protection des données manque ou est incomplet (${p.missing}) : le responsable du traitement doit le recueillir et le consigner.`,
    en: (p) =>
      `The data protection officer’s opinion is missing or incomplete (${p.missing}): the controller must seek it and record it.`,
  },
  'quality.data-subjects-views': {
    severity: 'warning',
    legalRef: ref('RGPD, art. 35(9)', 'GDPR, art. 35(9)'),
    fr: (p) =>
      p.case === 'unknown'
        ? 'Rien n’indique si l’avis des personnes concernées ou de leurs représentants a été recherché.'
        : p.case === 'no-summary'
          ? 'L’avis des personnes concernées a été recherché, mais sa synthèse manque.'
          : 'L’avis des personnes concernées n’a pas été recherché, et la raison n’est pas écrite.',
    en: (p) =>
      p.case === 'unknown'
        ? 'Nothing says whether the views of data subjects or their representatives were sought.'
        : p.case === 'no-summary'
          ? 'The data subjects’ views were sought, but their summary is missing.'
          : 'The data subjects’ views were not sought, and the reason is not written down.',
  },

  // ---- Law of video protection
  'csu.prescreening.dpia-mandatory': {
    severity: 'error',
    legalRef: ref('RGPD, art. 35(3)(c)', 'GDPR, art. 35(3)(c)'),
    fr: (p) =>
      `L’AIPD est qualifiée « ${p.answer} » alors qu’elle est obligatoire : la vidéoprotection est une surveillance systématique à grande échelle d’une zone accessible au public.`,
    en: (p) =>
      `The DPIA is qualified as "${p.answer}", yet it is mandatory: video protection is large-scale systematic monitoring of a publicly accessible area.`,
  },
  'csu.retention.over-one-month': {
    severity: 'error',
    legalRef: ref('CSI, art. L252-5', 'CSI, art. L252-5'),
    fr: (p) =>
      `Les enregistrements sont conservés ${p.days} jours : hors flagrant délit ou enquête, ils doivent être détruits dans le délai fixé par l’autorisation, un mois au plus.`,
    en: (p) =>
      `Recordings are kept for ${p.days} days: save in flagrante delicto or investigations, they must be destroyed within the authorised period, one month at most.`,
  },
  'csu.retention.beyond-72-hours': {
    severity: 'info',
    legalRef: ref(
      'CEPD, lignes directrices 3/2019 sur les dispositifs vidéo',
      'EDPB Guidelines 3/2019 on video devices',
    ),
    fr: (p) =>
      `Conservation de ${p.days} jours : au-delà de 72 heures, le CEPD attend une justification renforcée de la durée ; quelques jours suffisent souvent.`,
    en: (p) =>
      `Retention of ${p.days} days: beyond 72 hours, the EDPB expects a stronger justification of the period; a few days are often enough.`,
  },
  'csu.lapi.municipal': {
    severity: 'error',
    legalRef: LAPI,
    fr: (p) =>
      `Lecture automatisée des plaques d’immatriculation (LAPI) en service${onCameras(p, 'fr')} : une commune ne peut pas l’exploiter au moyen de la vidéoprotection, seules la police et la gendarmerie nationales et les douanes le peuvent. Le contrôle du forfait post-stationnement relève d’un autre fondement (CGCT, art. L2333-87) et d’un traitement distinct.`,
    en: (p) =>
      `Automated number-plate reading (LAPI) is in use${onCameras(p, 'en')}: a commune may not run it through video protection; only the national police, gendarmerie and customs may. Checking post-parking fees rests on another basis (CGCT art. L2333-87) and is a separate processing.`,
  },
  'csu.lapi.dormant': {
    severity: 'warning',
    legalRef: LAPI,
    fr: (p) =>
      `Une capacité de lecture de plaques est présente mais désactivée${onCameras(p, 'fr')} : retirez-la ou documentez comment elle reste éteinte (licence, configuration, contrôle après chaque mise à jour).`,
    en: (p) =>
      `A number-plate reading capability is present but disabled${onCameras(p, 'en')}: remove it or document how it stays off (licence, configuration, check after every update).`,
  },
  'csu.lapi.fps-only': {
    severity: 'warning',
    legalRef: FPS,
    fr: () =>
      'Lecture de plaques déclarée pour le seul contrôle du forfait post-stationnement : ce contrôle repose sur l’article L2333-87 du CGCT, pas sur l’article L251-2 du CSI. C’est un traitement distinct de la vidéoprotection, à décrire dans sa propre analyse, sur des équipements qui ne servent pas le CSU ; vérifiez qu’aucun autre usage (recherche, alerte, historique des passages) n’est possible.',
    en: () =>
      'Number-plate reading declared for post-parking fee checks only: such checks rest on CGCT art. L2333-87, not on CSI art. L251-2. It is a processing separate from video protection, to be described in its own assessment, on equipment that does not serve the CSU; make sure no other use (searches, alerts, movement history) is possible.',
  },
  'csu.lapi.fps-mixed': {
    severity: 'error',
    legalRef: FPS,
    fr: (p) =>
      `Lecture de plaques déclarée pour le seul forfait post-stationnement, mais active${onCameras(p, 'fr')} qui servent aussi des finalités de l’article L251-2 du CSI : le stationnement n’est pas une finalité de la vidéoprotection, et ces caméras lisent donc des plaques pour le CSU, ce qu’une commune ne peut pas faire. Désactivez la lecture sur ces caméras ou retirez-les du CSU.`,
    en: (p) =>
      `Number-plate reading is declared for post-parking fees only, but is active${onCameras(p, 'en')} that also serve purposes of CSI art. L251-2: parking is not a video-protection purpose, so these cameras read plates for the CSU, which a commune may not do. Disable reading on these cameras or take them out of the CSU.`,
  },
  'csu.biometrics.enabled': {
    severity: 'error',
    legalRef: BIOMETRICS,
    fr: (p) =>
      `Reconnaissance faciale ou autre traitement biométrique actif${onCameras(p, 'fr')} : aucun texte ne permet à une commune de traiter des données biométriques issues de la vidéoprotection.`,
    en: (p) =>
      `Facial recognition or other biometric processing is active${onCameras(p, 'en')}: no law allows a commune to process biometric data from video protection.`,
  },
  'csu.biometrics.dormant': {
    severity: 'warning',
    legalRef: BIOMETRICS,
    fr: (p) =>
      `Une capacité de reconnaissance faciale ou biométrique est présente${onCameras(p, 'fr')}, même inactive : elle doit rester éteinte, et l’AIPD doit dire comment (licence, réglage du micrologiciel, engagement écrit du fournisseur, contrôles périodiques).${p.undocumented === 'yes' ? ' Ces garanties ne sont pas décrites.' : ''}`,
    en: (p) =>
      `A facial recognition or biometric capability is present${onCameras(p, 'en')}, even if inactive: it must stay off, and the DPIA must say how (licence, firmware setting, vendor’s written undertaking, periodic checks).${p.undocumented === 'yes' ? ' These safeguards are not described.' : ''}`,
  },
  'csu.analytics.enabled': {
    severity: 'error',
    legalRef: ANALYTICS,
    fr: (p) =>
      `Analyses automatisées des images actives${onCameras(p, 'fr')} : hors de l’expérimentation réservée aux grands événements (loi n° 2023-380, art. 10), aucune base légale ne les permet, et leur nécessité doit être démontrée.`,
    en: (p) =>
      `Automated video analytics are active${onCameras(p, 'en')}: outside the experiment limited to large events (Law no. 2023-380, art. 10), no legal basis allows them, and their necessity must be shown.`,
  },
  'csu.analytics.dormant': {
    severity: 'warning',
    legalRef: ANALYTICS,
    fr: (p) =>
      `Des fonctions d’analyse automatisée sont présentes mais désactivées${onCameras(p, 'fr')} : elles font partie du traitement de vidéoprotection ; documentez leur désactivation et les contrôles qui la garantissent.`,
    en: (p) =>
      `Automated analytics functions are present but disabled${onCameras(p, 'en')}: they are part of the video-protection processing; document how they are disabled and the checks that keep them so.`,
  },
  'csu.audio.enabled': {
    severity: 'error',
    legalRef: AUDIO,
    fr: (p) =>
      `Captation du son active${onCameras(p, 'fr')} : le code de la sécurité intérieure ne prévoit que des images, et la CNIL a jugé illicites les dispositifs sonores de Saint-Étienne et d’Orléans.`,
    en: (p) =>
      `Audio capture is active${onCameras(p, 'en')}: the internal security code provides for images only, and the CNIL held the sound devices of Saint-Étienne and Orléans unlawful.`,
  },
  'csu.audio.dormant': {
    severity: 'warning',
    legalRef: AUDIO,
    fr: (p) =>
      `Des microphones sont présents mais désactivés${onCameras(p, 'fr')} : déposez-les, ou vérifiez leur désactivation à la réception et à chaque audit.`,
    en: (p) =>
      `Microphones are present but disabled${onCameras(p, 'en')}: remove them, or check they are disabled at acceptance and at every audit.`,
  },
  'csu.privacy-masks.near-homes': {
    severity: 'error',
    legalRef: ref('CSI, art. L251-3', 'CSI, art. L251-3'),
    fr: (p) =>
      `${p.count === 1 ? `La caméra ${p.cameras} filme` : `${p.count} caméras filment`} près d’habitations sans masque de confidentialité${p.count === 1 ? '' : ` (${p.cameras})`} : ni l’intérieur des habitations ni, de façon spécifique, leurs entrées ne doivent être visualisés.`,
    en: (p) =>
      `${p.count === 1 ? `Camera ${p.cameras} films` : `${p.count} cameras film`} near homes without a privacy mask${p.count === 1 ? '' : ` (${p.cameras})`}: neither the inside of homes nor, specifically, their entrances may be viewed.`,
  },
  'csu.authorisation.expired': {
    severity: 'error',
    legalRef: AUTHORISATION,
    fr: (p) =>
      `${
        p.case === 'declared'
          ? `L’autorisation préfectorale déclarée a expiré le ${p.date}${p.count === 0 ? '' : ` (${p.count} caméras)`}`
          : p.count === 1
            ? `La caméra ${p.cameras} relève d’une autorisation préfectorale expirée le ${p.date}`
            : `${p.count} caméras relèvent d’une autorisation préfectorale expirée (${p.cameras}), la première le ${p.date}`
      } : l’autorisation vaut cinq ans ; sans renouvellement, ces caméras filment sans autorisation.`,
    en: (p) =>
      `${
        p.case === 'declared'
          ? `The declared prefectoral authorisation expired on ${p.date}${p.count === 0 ? '' : ` (${p.count} cameras)`}`
          : p.count === 1
            ? `Camera ${p.cameras} is covered by a prefectoral authorisation that expired on ${p.date}`
            : `${p.count} cameras are covered by an expired prefectoral authorisation (${p.cameras}), the first on ${p.date}`
      }: an authorisation lasts five years; unless renewed, these cameras film without authorisation.`,
  },
  'csu.authorisation.expiring': {
    severity: 'warning',
    legalRef: AUTHORISATION,
    fr: (p) =>
      `${
        p.case === 'declared'
          ? `L’autorisation préfectorale déclarée expire le ${p.date}${p.count === 0 ? '' : ` (${p.count} caméras)`}`
          : p.count === 1
            ? `La caméra ${p.cameras} relève d’une autorisation préfectorale qui expire le ${p.date}`
            : `${p.count} caméras relèvent d’une autorisation préfectorale qui expire bientôt (${p.cameras}), la première le ${p.date}`
      }, dans moins de six mois : préparez le dossier de renouvellement, soumis à l’avis de la commission départementale de vidéoprotection (l’AIPD y est jointe).`,
    en: (p) =>
      `${
        p.case === 'declared'
          ? `The declared prefectoral authorisation expires on ${p.date}${p.count === 0 ? '' : ` (${p.count} cameras)`}`
          : p.count === 1
            ? `Camera ${p.cameras} is covered by a prefectoral authorisation that expires on ${p.date}`
            : `${p.count} cameras are covered by a prefectoral authorisation that expires soon (${p.cameras}), the first on ${p.date}`
      }, within six months: prepare the renewal file, which goes to the departmental video-protection commission for its opinion (the DPIA is part of it).`,
  },
  'csu.authorisation.missing': {
    severity: 'error',
    legalRef: ref('CSI, art. L252-1', 'CSI, art. L252-1'),
    fr: (p) =>
      p.case === 'system'
        ? 'Le système est déclaré en service sans autorisation préfectorale : toute caméra filmant la voie publique doit être autorisée par le préfet.'
        : `${p.count === 1 ? `La caméra ${p.cameras} n’a` : `${p.count} caméras n’ont`} aucune autorisation préfectorale${p.count === 1 ? '' : ` (${p.cameras})`} : toute caméra filmant la voie publique doit être autorisée par le préfet.`,
    en: (p) =>
      p.case === 'system'
        ? 'The system is declared in service without a prefectoral authorisation: every camera filming the public road must be authorised by the prefect.'
        : `${p.count === 1 ? `Camera ${p.cameras} has` : `${p.count} cameras have`} no prefectoral authorisation${p.count === 1 ? '' : ` (${p.cameras})`}: every camera filming the public road must be authorised by the prefect.`,
  },
  'csu.authorisation.over-capacity': {
    severity: 'error',
    legalRef: AUTHORISATION,
    fr: (p) =>
      `${p.installed} caméras figurent à l’inventaire alors que l’autorisation préfectorale en couvre ${p.authorised} : chaque caméra doit être autorisée.`,
    en: (p) =>
      `${p.installed} cameras are in the inventory but the prefectoral authorisation covers ${p.authorised}: every camera must be authorised.`,
  },
  'csu.vendor.permanent-access': {
    severity: 'error',
    legalRef: ref('RGPD, art. 28, 32 et 44', 'GDPR, arts. 28, 32 and 44'),
    fr: () =>
      'Le fournisseur dispose d’un accès à distance permanent : il doit être fermé par défaut et ouvert à la demande, par un bastion avec authentification forte, enregistrement des sessions et personnel situé dans l’Union européenne.',
    en: () =>
      'The vendor has permanent remote access: it must be closed by default and opened on request, through a bastion with strong authentication, session recording and staff based in the European Union.',
  },
  'csu.transfers.unknown': {
    severity: 'error',
    legalRef: TRANSFERS,
    fr: () =>
      'On ne sait pas si des données sortent de l’Union européenne : l’accès à distance d’un fournisseur établi hors de l’UE, la télémétrie ou un service en nuage sont des transferts.',
    en: () =>
      'It is not known whether data leave the European Union: remote access by a vendor outside the EU, telemetry or a cloud service are transfers.',
  },
  'csu.transfers.outside-eu': {
    severity: 'warning',
    legalRef: TRANSFERS,
    fr: (p) =>
      `Des données sont transférées hors de l’Union européenne (${p.basis}) : documentez l’outil de transfert et vérifiez qu’il couvre aussi les finalités pénales (titre III de la loi Informatique et Libertés).`,
    en: (p) =>
      `Data are transferred outside the European Union (${p.basis}): document the transfer tool and check that it also covers the criminal-law purposes (LIL Title III).`,
  },
  'csu.donation.clauses': {
    severity: 'warning',
    legalRef: ref(
      'RGPD, art. 28 et 44 ; CNIL, avertissement à Valenciennes (2021)',
      'GDPR, arts. 28 and 44; CNIL warning to Valenciennes (2021)',
    ),
    fr: (p) =>
      `La convention de don ou de prêt est décrite, mais rien n’y règle ${p.missing} : ce sont les clauses par lesquelles un fournisseur garde la main sur le système.`,
    en: (p) =>
      `The donation or loan agreement is described, but nothing in it settles ${p.missing}: these are the clauses through which a vendor keeps a hold on the system.`,
  },
  'csu.donation.agreement': {
    severity: 'warning',
    legalRef: ref(
      'RGPD, art. 28 ; CNIL, avertissement à Valenciennes (2021)',
      'GDPR, art. 28; CNIL warning to Valenciennes (2021)',
    ),
    fr: () =>
      'Du matériel a été donné ou prêté par un fournisseur, mais la convention n’est pas décrite (propriété, maintenance, accès du fournisseur, flux de données, plan de sortie).',
    en: () =>
      'Equipment was donated or lent by a vendor, but the agreement is not described (ownership, maintenance, vendor access, data flows, exit plan).',
  },
  'csu.alternatives.not-studied': {
    severity: 'error',
    legalRef: ref(
      'RGPD, art. 35(7)(b) ; CNIL, avertissement à Valenciennes (2021)',
      'GDPR, art. 35(7)(b); CNIL warning to Valenciennes (2021)',
    ),
    fr: () =>
      'Aucune solution moins intrusive n’est étudiée (éclairage, présence humaine, aménagement urbain…) : c’est l’un des manquements relevés par la CNIL à Valenciennes.',
    en: () =>
      'No less intrusive alternative is studied (lighting, patrols, urban design…): this is one of the failings the CNIL found in Valenciennes.',
  },
  'csu.proportionality.no-evidence': {
    severity: 'warning',
    legalRef: VALENCIENNES_NECESSITY,
    fr: (p) =>
      `« ${p.question} » : la réponse ne s’appuie sur aucun élément objectif (chiffres, dates, lieux, périodes). La nécessité se démontre site par site, par des faits.`,
    en: (p) =>
      `"${p.question}": the answer rests on no objective element (figures, dates, places, periods). Necessity is shown site by site, with facts.`,
  },
  'csu.access.procedure': {
    severity: 'warning',
    legalRef: RIGHTS_IN_PRACTICE,
    fr: (p) =>
      `La procédure d’accès aux images ne dit pas ${p.missing} : sans ces éléments, le droit est difficile à exercer, comme la CNIL l’a relevé à Valenciennes.`,
    en: (p) =>
      `The procedure for access to images does not say ${p.missing}: without these, the right is hard to exercise, as the CNIL found in Valenciennes.`,
  },
  'csu.prior-consultation.required': {
    severity: 'error',
    legalRef: PRIOR_CONSULTATION,
    fr: (p) =>
      `La consultation préalable de la CNIL s’impose (${p.reasons}) : la pré-analyse doit la déclarer « requise », et le dossier doit être adressé à la CNIL avant la mise en œuvre ou la poursuite du traitement.`,
    en: (p) =>
      `Prior consultation of the CNIL is needed (${p.reasons}): the pre-screening must declare it "required", and the file must reach the CNIL before the processing starts or continues.`,
  },
  'csu.prior-consultation.file': {
    severity: 'info',
    legalRef: PRIOR_CONSULTATION,
    fr: () =>
      'Consultation préalable prévue : le dossier précise les rôles du responsable et des sous-traitants, les finalités et les moyens, les garanties, les coordonnées du délégué à la protection des données et joint l’AIPD. Au titre du RGPD (art. 36(2)), la CNIL répond sous huit semaines, prolongeables de six ; pour les finalités pénales (LIL, art. 90), ne présumez pas les mêmes délais.',
    en: () =>
      'Prior consultation planned: the file sets out the roles of the controller and processors, the purposes and means, the safeguards, the DPO’s contact details, and includes the DPIA. Under the GDPR (art. 36(2)), the CNIL replies within eight weeks, extendable by six; for criminal-law purposes (LIL art. 90), do not assume the same periods.',
  },
  'csu.legal-basis.rejected': {
    severity: 'warning',
    legalRef: ref(
      'RGPD, art. 6(1)(e) ; LIL, art. 87 ; CNIL, observations sur l’AIPD de Marseille',
      'GDPR, art. 6(1)(e); LIL, art. 87; CNIL observations on Marseille’s DPIA',
    ),
    fr: (p) =>
      `Base légale inadaptée (${p.bases}) : la CNIL écarte l’obligation légale, aucun texte n’obligeant une commune à installer des caméras, et le consentement. Retenez la mission d’intérêt public (art. 6(1)(e) du RGPD) et, pour les finalités pénales, l’article 87 de la loi Informatique et Libertés.`,
    en: (p) =>
      `Unsuitable legal basis (${p.bases}): the CNIL rejects legal obligation, as no law obliges a commune to install cameras, and consent. Rely on the public-interest task (GDPR art. 6(1)(e)) and, for criminal-law purposes, LIL art. 87.`,
  },
  'csu.videoverbalisation.procedure': {
    severity: 'warning',
    legalRef: ref(
      'CSI, art. L251-2, 4° ; code de la route, art. L121-2 et R121-6 ; arrêté du 14 avril 2009 ; CNIL, la vidéoverbalisation (2024)',
      'CSI, art. L251-2, 4°; Highway Code, arts. L121-2 and R121-6; order of 14 April 2009; CNIL, vidéoverbalisation (2024)',
    ),
    fr: () =>
      'La vidéoverbalisation est utilisée, mais sa procédure n’est pas décrite : seules les infractions de l’article R121-6 du code de la route et les dépôts sauvages, relevés en direct par des agents désignés par le maire, avec les seuls clichés nécessaires.',
    en: () =>
      'Vidéoverbalisation is used, but its procedure is not described: only the offences of Highway Code art. R121-6 and illegal dumping, observed live by agents the mayor designates, with only the stills needed.',
  },
  'csu.regimes.purpose-missing': {
    severity: 'warning',
    legalRef: ref(
      'CNIL, vidéoprotection : quelles dispositions applicables ? (2019) ; LIL, titre III',
      'CNIL, video protection: which rules apply? (2019); LIL, Title III',
    ),
    fr: (p) =>
      `Le régime applicable (RGPD ou directive « police-justice ») n’est pas indiqué pour ${p.count === 1 ? 'une finalité servie' : `${p.count} finalités servies`} par les caméras : ${p.purposes}.`,
    en: (p) =>
      `The applicable regime (GDPR or Law Enforcement Directive) is not stated for ${p.count === 1 ? 'one purpose' : `${p.count} purposes`} served by the cameras: ${p.purposes}.`,
  },
} satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULES;

/** Every rule id, in the order findings of equal severity are listed. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
