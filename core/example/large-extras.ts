// The risks and measures the benchmark assessment adds to the showcase's, to reach 25 risks and 60 measures.
import type { RiskRating } from '../model/assessment.ts';
import type { MeasureSpec } from './measures.ts';
import type { RiskSpec } from './risks.ts';
import { PEOPLE } from './town.ts';

const SECTORS = ['Centre-ville', 'Gare', 'Rhônelle', 'Hauts-Prés', 'Saint-Roch'] as const;

const slug = (sector: string): string =>
  sector
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');

/** Four sector-by-sector measures for each of five sectors: 20 measures. */
export function largeExtraMeasures(): MeasureSpec[] {
  return SECTORS.flatMap((sector, i): MeasureSpec[] => {
    const month = String(3 + 2 * i).padStart(2, '0');
    return [
      {
        key: `masks-review-${slug(sector)}`,
        catalogueRef: 'M1',
        title: `Revue des masques de confidentialité — secteur ${sector}`,
        description: `Contrôle, caméra par caméra, des masques du secteur ${sector} avec un membre du conseil de quartier ; correction des masques décalés après une intervention de maintenance.`,
        category: 'data',
        state: 'planned',
        owner: PEOPLE.csuHead,
        deadline: `2027-${month}-15`,
        cost: 'low',
        difficulty: 'low',
        progress: 10 * i,
      },
      {
        key: `signage-${slug(sector)}`,
        catalogueRef: 'M34',
        title: `Mise à niveau des panneaux — secteur ${sector}`,
        description: `Pose de panneaux à deux niveaux à chaque entrée du secteur ${sector}, avec le contact de la déléguée et le renvoi vers la page web.`,
        category: 'organisational',
        state: 'planned',
        owner: PEOPLE.communication,
        deadline: `2027-${month}-28`,
        cost: 'medium',
        difficulty: 'low',
        progress: 5 * i,
      },
      {
        key: `sites-review-${slug(sector)}`,
        catalogueRef: 'M3',
        title: `Revue des emplacements avec le conseil de quartier — secteur ${sector}`,
        description: `Examen de chaque caméra du secteur ${sector} avec la fiche d'étude des solutions moins intrusives ; proposition de dépose des caméras sans usage.`,
        category: 'data',
        state: 'planned',
        owner: PEOPLE.police,
        deadline: `2027-${month}-30`,
        cost: 'low',
        difficulty: 'medium',
        progress: 0,
      },
      {
        key: `cabinet-alarms-${slug(sector)}`,
        catalogueRef: 'M23',
        title: `Alarmes d’ouverture des armoires de rue — secteur ${sector}`,
        description: `Équipement des armoires de rue du secteur ${sector} qui n'en ont pas d'un contact d'ouverture relié au CSU.`,
        category: 'security',
        state: 'planned',
        owner: PEOPLE.works,
        deadline: `2027-${month}-20`,
        cost: 'medium',
        difficulty: 'low',
        progress: 0,
      },
    ];
  });
}

const rating = (severity: number, likelihood: number, why: string): RiskRating => ({
  severity,
  severityJustification: `La gravité est appréciée pour les personnes filmées. ${why}`,
  likelihood,
  likelihoodJustification: `La vraisemblance tient compte des mesures existantes et prévues. ${why}`,
});

/** Five further catalogue scenarios and a voyeurism scenario per sector: 10 risks. */
export function largeExtraRisks(): RiskSpec[] {
  const catalogue: RiskSpec[] = [
    {
      key: 'handover-without-requisition',
      catalogueRef: 'R4',
      title: 'Remise d’images sans réquisition valable',
      description: `Des images sont remises à un assureur, un bailleur, un particulier ou un autre service municipal sans réquisition ni base légale.`,
      fearedEvent: 'illegitimate-access',
      sources: ['Superviseur', 'Élu'],
      threats: ['Demande informelle acceptée'],
      impacts: ['Divulgation illicite', 'Litiges entre particuliers'],
      measures: ['export-procedure', 'encrypted-exports', 'training', 'log-review'],
      initial: rating(
        3,
        2,
        `Les demandes orales sont refusées et chaque extraction est inscrite au registre.`,
      ),
      residual: rating(
        3,
        1,
        `La revue des exports rapprochés du registre détecterait une remise irrégulière.`,
      ),
    },
    {
      key: 'camera-compromise',
      catalogueRef: 'R6',
      title: 'Compromission de caméras et manipulation des flux',
      description: `Un attaquant prend le contrôle de caméras par une vulnérabilité non corrigée et remplace ou fige les images transmises au CSU.`,
      fearedEvent: 'unwanted-modification',
      sources: ['Attaquant', 'Réseau de machines compromises'],
      threats: ['Exploitation d’une vulnérabilité', 'Mot de passe faible'],
      impacts: ['Incident non vu par les opérateurs', 'Preuve faussée'],
      measures: ['hardening', 'patching', 'network', 'cabinets'],
      initial: rating(3, 2, `Le réseau est dédié et les caméras ont été durcies en 2023.`),
      residual: rating(3, 1, `La politique de mises à jour réduit la fenêtre d'exposition.`),
    },
    {
      key: 'csu-intrusion',
      catalogueRef: 'R14',
      title: 'Intrusion dans le CSU et vol d’un serveur ou d’un disque',
      description: `Une personne pénètre dans la salle des serveurs et emporte un disque ou un serveur contenant des enregistrements.`,
      fearedEvent: 'disappearance',
      sources: ['Cambrioleur', 'Personne de l’intérieur'],
      threats: ['Accès physique'],
      impacts: ['Divulgation massive', 'Perte de preuves'],
      measures: ['physical-csu', 'server-room', 'encryption-at-rest', 'disk-destruction'],
      initial: rating(4, 1, `La salle est fermée par badge et l'hôtel de police est occupé jour et nuit.`),
      residual: rating(4, 1, `Le chiffrement des baies rendrait un disque volé illisible.`),
    },
    {
      key: 'sensitive-inference',
      catalogueRef: 'R18',
      title: 'Déduction de données sensibles à partir des lieux filmés',
      description: `La fréquentation d'un lieu de culte, d'une permanence syndicale ou d'un centre médico-psychologique, visible sur les caméras de la place Jean-Jaurès, révèle des convictions ou un état de santé.`,
      fearedEvent: 'illegitimate-access',
      sources: ['Opérateur', 'Destinataire d’une extraction'],
      threats: ['Champ de vision trop large'],
      impacts: ['Divulgation de convictions ou de l’état de santé', 'Discrimination'],
      measures: ['masks-static', 'purpose-register', 'training'],
      initial: rating(3, 2, `Ces lieux sont dans le champ de caméras de la place Jean-Jaurès.`),
      residual: rating(3, 1, `Les masques couvriront les entrées de ces lieux.`),
    },
    {
      key: 'vendor-end-of-life',
      catalogueRef: 'R19',
      title: 'Fin de support du matériel donné',
      description: `Le fournisseur cesse de publier des correctifs pour les caméras données, qui restent exposées à des vulnérabilités connues.`,
      fearedEvent: 'disappearance',
      sources: ['Chaîne d’approvisionnement'],
      threats: ['Vulnérabilités non corrigées', 'Pannes sans pièces de rechange'],
      impacts: ['Exposition des flux', 'Perte d’images'],
      measures: ['exit-plan', 'patching', 'processor-contracts'],
      initial: rating(
        3,
        3,
        `Les modèles donnés datent de 2017 et leur fin de support est annoncée pour 2028.`,
      ),
      residual: rating(3, 2, `Le plan de sortie remplace ces caméras entre 2027 et 2029.`),
    },
  ];
  const bySector: RiskSpec[] = SECTORS.map((sector) => ({
    key: `voyeurism-${slug(sector)}`,
    catalogueRef: 'R1',
    title: `Voyeurisme au moyen du zoom — secteur ${sector}`,
    description: `Dans le secteur ${sector}, un opérateur oriente une caméra mobile vers des fenêtres ou des balcons proches.`,
    fearedEvent: 'illegitimate-access',
    sources: ['Opérateur'],
    threats: ['Zoom manuel', 'Masque décalé'],
    impacts: ['Atteinte à l’intimité'],
    measures: [`masks-review-${slug(sector)}`, 'ptz-limits', 'log-review'],
    initial: rating(3, 2, `Le secteur ${sector} compte des caméras mobiles proches d'habitations.`),
    residual: rating(
      3,
      1,
      `La revue des masques du secteur ${sector} et les secteurs interdits limitent le zoom.`,
    ),
  }));
  return [...catalogue, ...bySector];
}
