// Every fixed text of the public notices (information sign and web notice), in French and in English.
// French is written with plain spaces: the notices apply French typography when they lay the text out.
import type { Language } from '../model/localized.ts';
import type { FactKey } from './facts.ts';

const fr = {
  /** The name of a missing fact, as it appears in its placeholder and in the list of what to complete. */
  fact: {
    controller: 'responsable du traitement',
    dpo: 'délégué à la protection des données',
    dpoContact: 'contact du délégué à la protection des données',
    purposes: 'finalités du traitement',
    legalBases: 'bases juridiques',
    recipients: 'destinataires des images',
    retention: 'durée de conservation des images',
    rights: 'modalités d’exercice des droits',
    webPage: 'adresse de la page d’information du site de la commune',
    filmedAreas: 'zones filmées (inventaire des caméras)',
    cameraLocations: (count: number) =>
      count === 1 ? 'lieu d’une caméra de l’inventaire' : `lieu de ${count} caméras de l’inventaire`,
  } satisfies Record<FactKey, string | ((count: number) => string)>,
  placeholder: (what: string) => `[À compléter : ${what}]`,
  days: (n: string, count: number) => `${n} ${count > 1 ? 'jours' : 'jour'}`,
  list: (items: readonly string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`,
  sign: {
    title: 'Zone sous vidéoprotection',
    subtitle: 'Des caméras filment la voie publique dans ce secteur.',
    controller: 'Responsable du traitement',
    purposes: 'Finalités',
    retention: 'Conservation des images',
    retentionValue: (days: string) => `${days} au plus`,
    rights: 'Vos droits',
    rightsValue:
      'Vous pouvez accéder aux images qui vous concernent et en demander la rectification, l’effacement ou la limitation.',
    contact: 'Contact : délégué à la protection des données',
    complaint: 'Vous pouvez adresser une réclamation à la CNIL (www.cnil.fr).',
    more: 'En savoir plus',
    footer:
      'Information du public : code de la sécurité intérieure, art. L251-3 ; RGPD, art. 13 ; loi Informatique et Libertés, art. 104.',
    documentTitle: (organisation: string) => `Panneau d’information – vidéoprotection – ${organisation}`,
    documentSubject:
      'Information du public (code de la sécurité intérieure, art. L251-3) : mentions minimales du panneau selon l’instruction du 20 mars 2024',
  },
  web: {
    title: 'Vidéoprotection : information des personnes filmées',
    documentTitle: (organisation: string) => `Vidéoprotection – ${organisation} – information du public`,
    updated: (date: string) => `Mise à jour : ${date}.`,
    intro:
      'Cette page complète les panneaux placés à l’entrée des zones filmées. Elle donne les informations prévues par l’article 13 du RGPD et, pour les finalités de prévention et de détection des infractions, par l’article 104 de la loi Informatique et Libertés.',
    authorisation: (reference: string) => `Autorisation préfectorale du dispositif\u202F: ${reference}.`,
    controllerHeading: 'Responsable du traitement',
    dpoHeading: 'Délégué à la protection des données',
    contact: 'Contact',
    purposesHeading: 'Finalités et bases juridiques',
    purposesIntro:
      'Les caméras ne filment la voie publique que pour les finalités prévues par l’article L251-2 du code de la sécurité intérieure :',
    regime: 'régime',
    legalBases: 'Bases juridiques',
    regimesNote:
      'Les finalités de prévention et de détection des infractions relèvent de la directive (UE) 2016/680 et du titre III de la loi Informatique et Libertés (art. 87 et suivants) ; les autres relèvent du RGPD.',
    recipientsHeading: 'Destinataires des images',
    retentionHeading: 'Durée de conservation',
    retentionValue: (days: string) =>
      `Les images enregistrées sont conservées ${days} au plus, puis détruites, sauf lorsqu’elles sont extraites pour une enquête de flagrance, une enquête préliminaire ou une information judiciaire (code de la sécurité intérieure, art. L252-5).`,
    rightsHeading: 'Vos droits',
    rightsGdpr:
      'Pour les finalités relevant du RGPD : droit d’accès (art. 15), de rectification (art. 16), d’effacement (art. 17), de limitation (art. 18) et d’opposition (art. 21), dans les conditions prévues par ces articles.',
    rightsLil:
      'Pour les finalités de prévention et de détection des infractions : droit d’accès, de rectification, d’effacement et de limitation (loi Informatique et Libertés, art. 104 à 106) ; le droit d’opposition ne s’applique pas (art. 110). Ces droits peuvent être restreints pour ne pas gêner une enquête ou une procédure, ou pour protéger la sécurité publique ou les droits d’autrui (art. 107) ; ils s’exercent alors par l’intermédiaire de la CNIL (art. 108).',
    exerciseHeading: 'Comment exercer vos droits',
    remediesHeading: 'Recours',
    commission:
      'Toute personne intéressée peut saisir la commission départementale de vidéoprotection de toute difficulté tenant au fonctionnement d’un système de vidéoprotection (code de la sécurité intérieure, art. L253-5).',
    cnil: 'Vous pouvez introduire une réclamation auprès de la CNIL (RGPD, art. 77 ; loi Informatique et Libertés, art. 104) :',
    cnilLink: 'www.cnil.fr/fr/plaintes',
    areasHeading: 'Zones filmées',
    areasIntro: (cameras: string, places: string) =>
      `Le dispositif compte ${cameras} ${cameras === '1' ? 'caméra' : 'caméras'}, réparties sur ${places} ${places === '1' ? 'lieu' : 'lieux'}.`,
    areasCaption: 'Zones filmées, par lieu',
    place: 'Lieu',
    cameraCount: 'Nombre de caméras',
    webPage: 'Cette page est publiée à l’adresse :',
  },
};

type NoticeTexts = typeof fr;

const en: NoticeTexts = {
  fact: {
    controller: 'controller',
    dpo: 'data protection officer',
    dpoContact: 'contact details of the data protection officer',
    purposes: 'purposes of the processing',
    legalBases: 'legal bases',
    recipients: 'recipients of the images',
    retention: 'retention period of the images',
    rights: 'how to exercise the rights',
    webPage: 'address of the information page on the town’s website',
    filmedAreas: 'filmed areas (camera inventory)',
    cameraLocations: (count: number) =>
      count === 1
        ? 'location of one camera of the inventory'
        : `location of ${count} cameras of the inventory`,
  },
  placeholder: (what: string) => `[To be completed: ${what}]`,
  days: (n: string, count: number) => `${n} ${count === 1 ? 'day' : 'days'}`,
  list: (items: readonly string[]) =>
    items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`,
  sign: {
    title: 'CCTV in operation',
    subtitle: 'Cameras film the public highway in this area.',
    controller: 'Controller',
    purposes: 'Purposes',
    retention: 'Images kept for',
    retentionValue: (days: string) => `${days} at most`,
    rights: 'Your rights',
    rightsValue: 'You may access the images of you and ask for them to be rectified, erased or restricted.',
    contact: 'Contact: data protection officer',
    complaint: 'You may lodge a complaint with the CNIL, the French data protection authority (www.cnil.fr).',
    more: 'Find out more',
    footer:
      'Information of the public: French internal security code, art. L251-3; GDPR art. 13; French Data Protection Act, art. 104.',
    documentTitle: (organisation: string) => `Information sign – video protection – ${organisation}`,
    documentSubject:
      'Information of the public (French internal security code, art. L251-3): minimum contents of the sign under the Instruction of 20 March 2024',
  },
  web: {
    title: 'Video protection: information for people filmed',
    documentTitle: (organisation: string) => `Video protection – ${organisation} – public information`,
    updated: (date: string) => `Updated: ${date}.`,
    intro:
      'This page supplements the signs placed at the entrances of the filmed areas. It gives the information required by article 13 of the GDPR and, for the purposes of preventing and detecting offences, by article 104 of the French Data Protection Act.',
    authorisation: (reference: string) => `Prefectoral authorisation of the system: ${reference}.`,
    controllerHeading: 'Controller',
    dpoHeading: 'Data protection officer',
    contact: 'Contact',
    purposesHeading: 'Purposes and legal bases',
    purposesIntro:
      'The cameras film the public highway only for purposes listed in article L251-2 of the French internal security code:',
    regime: 'regime',
    legalBases: 'Legal bases',
    regimesNote:
      'The purposes of preventing and detecting offences fall under Directive (EU) 2016/680 and Title III of the French Data Protection Act (art. 87 ff.); the others fall under the GDPR.',
    recipientsHeading: 'Recipients of the images',
    retentionHeading: 'Retention period',
    retentionValue: (days: string) =>
      `Recorded images are kept for ${days} at most, then destroyed, except where they are extracted for an investigation of an offence in flagrante delicto, a preliminary investigation or a judicial investigation (French internal security code, art. L252-5).`,
    rightsHeading: 'Your rights',
    rightsGdpr:
      'For the purposes under the GDPR: the rights of access (art. 15), rectification (art. 16), erasure (art. 17), restriction (art. 18) and objection (art. 21), on the terms set by those articles.',
    rightsLil:
      'For the purposes of preventing and detecting offences: the rights of access, rectification, erasure and restriction (French Data Protection Act, art. 104 to 106); there is no right to object (art. 110). These rights may be restricted so as not to obstruct an inquiry or proceedings, or to protect public security or the rights of others (art. 107); they are then exercised through the CNIL (art. 108).',
    exerciseHeading: 'How to exercise your rights',
    remediesHeading: 'Remedies',
    commission:
      'Any interested person may refer any difficulty in the operation of a video-protection system to the departmental video-protection commission (French internal security code, art. L253-5).',
    cnil: 'You may lodge a complaint with the CNIL, the French data protection authority (GDPR art. 77; French Data Protection Act, art. 104):',
    cnilLink: 'www.cnil.fr/fr/plaintes',
    areasHeading: 'Filmed areas',
    areasIntro: (cameras: string, places: string) =>
      `The system has ${cameras} ${cameras === '1' ? 'camera' : 'cameras'} in ${places} ${places === '1' ? 'place' : 'places'}.`,
    areasCaption: 'Filmed areas, by place',
    place: 'Place',
    cameraCount: 'Number of cameras',
    webPage: 'This page is published at:',
  },
};

export const NOTICE_TEXTS: Record<Language, NoticeTexts> = { fr, en };
export type { NoticeTexts };

/** The URL of the CNIL's complaint page, printed as the link of `cnilLink`. */
export const CNIL_COMPLAINT_URL = 'https://www.cnil.fr/fr/plaintes';
