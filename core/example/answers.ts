// The example's answers to every question of the csu-videoprotection template, keyed by question id.
import type { Answer } from '../model/assessment.ts';
import type { InventoryFigures } from './figures.ts';
import { ORDERS, TOWN } from './town.ts';

/** Answers in French; `uuid` gives the ids of table rows. Typography is applied by the caller. */
export function buildAnswers(f: InventoryFigures, uuid: () => string): Record<string, Answer> {
  const p = (n: number): number => f.byPurpose[n] ?? 0;
  return {
    // ---- A. Pre-screening
    'prescreening.dpia-required': {
      type: 'choice',
      optionId: 'mandatory',
      comment: `L'analyse est obligatoire au titre de l'article 35(3)(c) du RGPD : le dispositif surveille de manière systématique l'espace public de toute la commune (${f.total} caméras, enregistrement continu). Sept des neuf critères du G29 sont en outre réunis (question suivante). Pour les finalités pénales, l'article 90 de la loi Informatique et Libertés impose la même analyse. La CNIL avait relevé son absence lors de son contrôle sur place du 7 mars 2023.`,
    },
    'prescreening.wp248-criteria': {
      type: 'multichoice',
      optionIds: [
        'systematic-monitoring',
        'sensitive-data',
        'large-scale',
        'matching-datasets',
        'vulnerable-subjects',
        'innovative-technology',
        'prevents-right',
      ],
      comment: `Surveillance systématique et grande échelle : toute la ville, 24 h/24, plusieurs dizaines de milliers de personnes par jour. Données sensibles : les images révèlent des déplacements, la fréquentation d'un lieu de culte ou d'un centre de santé, la participation à une manifestation, des infractions. Croisement : la vidéoverbalisation rapproche les images du fichier des immatriculations, et la lecture de plaques a constitué un fichier de passages. Personnes vulnérables : mineurs (écoles, parcs), personnes sans abri, agents filmés. Technologie innovante : lecture de plaques, modules d'analyse et de reconnaissance faciale présents dans le matériel donné. Exercice des droits : nul ne peut éviter l'espace public. Les critères « évaluation » et « décision automatisée » ne sont pas retenus tant que les analyses restent désactivées et que la vidéoverbalisation reste humaine ; ils le seraient aussitôt dans le cas contraire.`,
    },
    'prescreening.regimes': {
      type: 'table',
      rows: [
        {
          id: uuid(),
          cells: {
            purpose: 'p1',
            regime: 'mixed',
            justification: `Sûreté des bâtiments (RGPD) ; prévention des dégradations et intrusions, qui sont des infractions (titre III).`,
          },
        },
        {
          id: uuid(),
          cells: {
            purpose: 'p3',
            regime: 'gdpr',
            justification: `Régulation du trafic sans recherche d'infraction : mission d'intérêt public, art. 6(1)(e) du RGPD.`,
          },
        },
        {
          id: uuid(),
          cells: {
            purpose: 'p4',
            regime: 'directive',
            justification: `Constat d'infractions au code de la route par des agents habilités (art. R121-6) : finalité pénale.`,
          },
        },
        {
          id: uuid(),
          cells: {
            purpose: 'p5',
            regime: 'directive',
            justification: `Prévention et détection des atteintes aux personnes et aux biens par le maire, autorité de police.`,
          },
        },
        {
          id: uuid(),
          cells: {
            purpose: 'p6',
            regime: 'directive',
            justification: `Prévention des actes de terrorisme : finalité pénale par nature.`,
          },
        },
        {
          id: uuid(),
          cells: {
            purpose: 'p11',
            regime: 'directive',
            justification: `Les dépôts sauvages constatés donnent lieu à des contraventions ; sans suite pénale, seule la propreté urbaine (RGPD) serait en jeu.`,
          },
        },
      ],
    },
    'prescreening.project-kind': {
      type: 'choice',
      optionId: 'renewal',
      comment: `L'arrêté de 2021 expire le 30 juin 2026 ; le dossier de renouvellement doit être déposé en préfecture au printemps 2026 et cette analyse y sera jointe. Le renouvellement sert aussi de régularisation : ${f.lapsed} caméras de la zone d'activités des Rouges-Barres relèvent d'un arrêté échu le 14 septembre 2025 et ${f.unauthorised} caméras nomades ont été posées en novembre 2025 sans aucune autorisation.`,
    },
    'prescreening.authorisation-reference': {
      type: 'text',
      text: `${ORDERS.main.reference} (${ORDERS.main.cameras} caméras), complété par l'${ORDERS.extension.reference.replace('Arrêté', 'arrêté')} (${ORDERS.extension.cameras} caméras, quartier de la Briquetterie)`,
    },
    'prescreening.authorisation-expiry': { type: 'date', value: ORDERS.main.expiry },
    'prescreening.cameras-authorised': { type: 'number', value: f.authorised },
    'prescreening.prior-consultation': {
      type: 'choice',
      optionId: 'required',
      comment: `Un risque résiduel reste élevé après le plan d'action : l'accès à distance du fournisseur aux caméras données, dont le micrologiciel contient des fonctions dormantes (lecture de plaques, reconnaissance faciale, analyses). La lecture de plaques a en outre fonctionné sans base légale sur ${f.lapiEnabled} caméras. La consultation préalable de la CNIL (art. 36 du RGPD, art. 90 de la loi Informatique et Libertés) est donc proposée au maire avant le renouvellement.`,
    },

    // ---- B. Context
    'context.description': {
      type: 'richtext',
      text: `Le **centre de supervision urbaine (CSU)** de Valmont-sur-Escaut exploite le système de vidéoprotection de la voie publique et des abords des bâtiments communaux. Il compte **${f.total} caméras** réparties sur l'ensemble de la ville (43 180 habitants) : ${f.byType.fixed} caméras fixes, ${f.byType.dome} dômes, ${f.byType.ptz} caméras mobiles (PTZ) et ${f.byType.lapi} caméras de lecture de plaques aux entrées de ville.

Les images parviennent au CSU par le réseau de fibre optique municipal (68 km), complété par 23 liaisons hertziennes et 9 routeurs 4G. Le CSU occupe le premier étage de l'hôtel de police municipale, 12 rue des Récollets. Les images y sont visionnées en direct sur un mur de 24 écrans et enregistrées en continu pendant **${TOWN.retentionDays} jours**, puis écrasées automatiquement.

Quatorze opérateurs et deux superviseurs y travaillent sous l'autorité du responsable du CSU. La salle est armée tous les jours de 6 h à 2 h, et 24 h/24 les vendredis, samedis et veilles de fêtes ; en dehors de ces plages, l'enregistrement continue sans personne devant les écrans.

**${f.donated} caméras** et le serveur d'analyse ont été donnés en 2017 par la société ${TOWN.vendor} (convention de don du 19 septembre 2017) ; les ${f.bought} autres ont été achetées par la commune à son installateur, Nordelec Sécurité. Les images sont déportées, en visualisation seule, vers le commissariat de police nationale en application de la convention de coordination du 14 octobre 2022. La commission départementale de vidéoprotection a rendu un avis favorable le 8 juin 2021.`,
    },
    'context.purposes': {
      type: 'richtext',
      text: `Chaque caméra est rattachée à une ou plusieurs finalités de l'article L251-2 du code de la sécurité intérieure ; le détail figure dans l'inventaire. Répartition au 16 janvier 2026 (une caméra peut servir plusieurs finalités) :

- **1° protection des bâtiments publics et de leurs abords** : ${p(1)} caméras (hôtel de ville, médiathèque, écoles, équipements sportifs, centre technique) ;
- **3° régulation des flux de transport** : ${p(3)} caméras (entrées de ville, grands carrefours, boulevards) ;
- **4° constatation des infractions aux règles de la circulation** : ${p(4)} caméras, utilisées pour la vidéoverbalisation ;
- **5° prévention des atteintes aux personnes et aux biens dans les lieux exposés** : ${p(5)} caméras (places, gare, parcs, rues commerçantes, parkings) ;
- **6° prévention des actes de terrorisme** : ${p(6)} caméras (gare, pôle d'échanges, places des grands rassemblements) ;
- **11° prévention et constatation des dépôts sauvages** : ${p(11)} caméras, dont les ${f.unauthorised} caméras nomades non autorisées.

« Répondre aux réquisitions de la police nationale » n'est pas une finalité : les réquisitions découlent des finalités 4°, 5° et 6°. La lecture de plaques et les analyses automatiques ne répondent à **aucune** finalité déclarée à la préfecture ; elles doivent être supprimées (partie G).`,
    },
    'context.benefits': {
      type: 'richtext',
      text: `Les bénéfices attendus sont ceux du **diagnostic local de sécurité** de 2022, actualisé en 2025 avec le CLSPD : vols à l'arraché et rixes autour de la gare et de la place d'Armes, trafic de stupéfiants aux Hauts-Prés, dépôts sauvages en bord d'Escaut, accidents aux entrées de ville.

Indicateurs de 2025, tirés de la main courante du CSU et du registre des extractions :

- 1 096 interventions de patrouilles déclenchées par les opérateurs ;
- 612 réquisitions judiciaires reçues, dont 431 ont donné lieu à une extraction (les autres portaient sur des lieux hors du champ des caméras, sur des images sans élément utile ou, plus rarement, déjà écrasées) ;
- 3 870 avis de contravention par vidéoverbalisation ;
- 214 dépôts sauvages constatés, 61 auteurs identifiés.

Ces chiffres mesurent l'**activité** du CSU, pas son **efficacité** : aucune évaluation indépendante n'a été conduite, le déplacement de la délinquance n'a pas été étudié et la part des élucidations due aux images n'est pas connue. Surtout, 38 caméras n'ont fait l'objet d'aucune réquisition ni d'aucun signalement depuis trois ans. Leur utilité sera réexaminée au cas par cas (mesure de revue des finalités) et celles qui ne se justifient pas seront déposées.`,
    },
    'context.controller': {
      type: 'text',
      // The same as the general information's controller: one fact (core/assessment/controller.ts).
      text: TOWN.controller,
    },
    'context.joint-controllers': {
      type: 'richtext',
      text: `**Aucun responsable conjoint.** La commune détermine seule les finalités et les moyens du système.

Sont **destinataires et responsables distincts** de leurs propres traitements :

- la **police nationale** (commissariat de Valmont-sur-Escaut), qui reçoit le déport des images en visualisation seule, au titre de l'article L252-3 du code de la sécurité intérieure et de la convention de coordination du 14 octobre 2022, et qui obtient des extractions sur réquisition ;
- les autorités judiciaires, sur réquisition ;
- l'**ANTAI**, qui reçoit les données des avis de contravention ;
- le service départemental d'incendie et de secours, ponctuellement, lors des interventions sur la voie publique.

Un point reste à éclaircir : la convention de don autorise ${TOWN.vendor} à collecter des « données techniques de fonctionnement » pour améliorer ses produits. Si ces données comprenaient des images ou des métadonnées de personnes, le fournisseur deviendrait responsable de ce traitement à ses propres fins, ce que la commune n'a jamais accepté. Une demande écrite de précision lui a été adressée le 3 février 2026 ; elle est restée sans réponse à ce jour.`,
    },
    'context.processors': {
      type: 'table',
      rows: [
        {
          id: uuid(),
          cells: {
            name: TOWN.installer,
            role: `Installation et maintenance préventive et curative des caméras achetées, du réseau et des baies de stockage`,
            contract: `Marché n° 2022-031 du 12 avril 2022 ; clauses de l'article 28 au CCAP (art. 14)`,
            location: `Interventions sur site à Valmont-sur-Escaut ; aucun accès à distance`,
          },
        },
        {
          id: uuid(),
          cells: {
            name: TOWN.vmsEditor,
            role: `Éditeur du logiciel de gestion vidéo Orbalis Centrale 7.4 ; support de niveau 2`,
            contract: `Contrat de support n° 2023-017 du 3 juillet 2023 ; clauses de l'article 28 en annexe 3`,
            location: `Lyon (France) ; prise en main à distance ponctuelle, ouverte par la DSI sur ticket`,
          },
        },
        {
          id: uuid(),
          cells: {
            name: TOWN.vendorSubsidiary,
            role: `Maintenance des ${f.donated} caméras données et du serveur d'analyse ; mises à jour des micrologiciels`,
            contract: `Contrat de maintenance n° 2023-044 (2023-2026) : clauses de l'article 28 incomplètes, pas d'annexe sécurité ni de liste des sous-traitants ultérieurs`,
            location: `Courbevoie (France) ; centre de support à Rotterdam (Pays-Bas) par VPN permanent ; intervention d'équipes hors UE non exclue`,
          },
        },
        {
          id: uuid(),
          cells: {
            name: 'Recydata Hauts-de-France',
            role: `Destruction certifiée des disques en fin de vie`,
            contract: `Bon de commande n° 2025-0388 ; certificat de destruction par lot ; clause de confidentialité`,
            location: `Douai (France)`,
          },
        },
        {
          id: uuid(),
          cells: {
            name: `Titulaire du lot 2 du marché de télécommunications`,
            role: `Transport des flux des 9 caméras raccordées en 4G, chiffrés de bout en bout (IPsec)`,
            contract: `Marché n° 2021-054 ; clause de confidentialité ; aucun accès aux flux en clair`,
            location: `France`,
          },
        },
      ],
    },
    'context.standards': {
      type: 'richtext',
      text: `Textes et référentiels appliqués :

- code de la sécurité intérieure, articles L251-1 à L255-1 et R251-1 et suivants, dans leur rédaction issue du décret n° 2023-1102 du 27 novembre 2023 ;
- arrêté du 3 août 2007 portant définition des normes techniques des systèmes de vidéoprotection ;
- instruction du ministre de l'intérieur du 20 mars 2024 sur l'instruction des demandes d'autorisation ;
- RGPD (articles 5, 6, 13, 15 à 21, 28, 32 à 36) et loi Informatique et Libertés, titre III (articles 87 à 114) ;
- code de la route, articles L121-2, L121-3 et R121-6, et arrêté du 14 avril 2009 pour la vidéoverbalisation ;
- lignes directrices 3/2019 du CEPD sur les dispositifs vidéo ; fiches et position de la CNIL sur la vidéoprotection et les caméras « augmentées » (2022) ;
- guide d'hygiène informatique de l'ANSSI, pour le réseau et les postes du CSU ;
- **charte de déontologie du CSU** (2019, révisée en 2025), signée par chaque opérateur.

Il n'existe pas de code de conduite approuvé (article 40 du RGPD) pour la vidéoprotection communale.`,
    },
    'context.data-categories': {
      type: 'richtext',
      text: `Données traitées :

- **images** des personnes et des véhicules sur la voie publique, plaques d'immatriculation lisibles comprises ;
- **métadonnées** : identifiant de caméra, horodatage, position et zoom des caméras mobiles ;
- **journaux** des opérateurs : connexions, caméras consultées, mouvements PTZ, relectures, exports ;
- **registre des extractions** et réquisitions reçues (nom de l'officier requérant, numéro de procédure) ;
- **vidéoverbalisation** : clichés, immatriculation, marque, lieu, heure, agent verbalisateur ;
- dossiers de **demandes d'accès** (identité et pièce justificative du demandeur).

Ni son, ni donnée biométrique ne doivent être traités : les microphones sont désactivés et le module de reconnaissance faciale n'est pas activé. Mais l'inventaire de janvier 2026 a révélé que **${f.lapiEnabled} caméras lisaient les plaques** depuis juin 2024 : environ 1,9 million de lectures (plaque, heure, caméra, vignette) sont stockées sans limite de durée sur le serveur d'analyse. Ces données sont traitées ici comme un écart à supprimer, non comme une catégorie admise.

Les images peuvent révéler des données sensibles : les abords d'un lieu de culte, d'une permanence syndicale et d'un centre médico-psychologique sont dans le champ de caméras de la place Jean-Jaurès.`,
    },
    'context.data-subjects': {
      type: 'multichoice',
      optionIds: [
        'residents',
        'passers-by',
        'visitors',
        'minors',
        'vulnerable',
        'demonstrators',
        'motorists',
        'staff',
        'operators',
      ],
      comment: `Toutes les catégories sont concernées : ${f.nearHomes} caméras ont des habitations à proximité de leur champ, ${f.schoolCameras} caméras filment des abords d'écoles, les places accueillent les manifestations déclarées, et les agents municipaux (marchés, propreté, police municipale) sont filmés dans leur travail. Les opérateurs sont eux-mêmes concernés par la journalisation.`,
    },
    'context.recipients': {
      type: 'richtext',
      text: `Accèdent aux images, chacun dans la limite de ses besoins :

1. les **opérateurs et superviseurs du CSU**, habilités nominativement par arrêté du maire (arrêté n° 2025-PM-032) ;
2. le **maire** et l'adjoint délégué à la sécurité, pour les seules caméras de la commune ;
3. les agents de **police municipale** habilités, pour la vidéoverbalisation et les interventions ;
4. la **police nationale** : déport en direct, sans enregistrement, vers la salle d'information et de commandement du commissariat, et extractions sur réquisition ;
5. les **autorités judiciaires** et officiers de police judiciaire, sur réquisition écrite ;
6. l'**ANTAI**, pour les avis de contravention ;
7. ponctuellement, les services d'incendie et de secours et les douanes, dans les conditions de l'article L252-3.

Les sous-traitants (installateur, éditeur, fournisseur) ne sont pas destinataires : ils ne devraient accéder aux images qu'incidemment, pour la maintenance. Ce n'est pas garanti aujourd'hui pour le fournisseur, dont l'accès est permanent (partie D). Aucune image n'est remise à des assureurs, des bailleurs ou des particuliers : ces demandes sont renvoyées vers un dépôt de plainte.`,
    },
    'context.retention-days': { type: 'number', value: TOWN.retentionDays },
    'context.retention': {
      type: 'richtext',
      text: `Les **enregistrements** sont conservés ${TOWN.retentionDays} jours, durée fixée par l'arrêté préfectoral, puis écrasés automatiquement. Les autres durées sont :

- **extractions** : la copie de travail du CSU est supprimée dès la remise signée au requérant ; la copie remise relève ensuite de la procédure judiciaire ;
- **clichés de vidéoverbalisation** : transmis à l'ANTAI avec l'avis de contravention, puis supprimés du poste de verbalisation dans les 30 jours ;
- **journaux** du logiciel de gestion vidéo : 1 an glissant aujourd'hui. Aucun texte ne fixe cette durée pour la vidéoprotection ; par analogie avec les caméras individuelles de la police municipale (CSI, art. R241-14), la commune retient **3 ans**, à configurer ;
- **registre des extractions et réquisitions** : 3 ans après la dernière inscription ;
- **demandes d'accès** : 3 ans après la réponse, pour répondre à une éventuelle réclamation.

Deux écarts ont été constatés en janvier 2026 : 146 fichiers d'extraction de plus de trois mois sur le poste d'export, et les lectures de plaques conservées sans limite sur le serveur d'analyse. Leur purge est inscrite au plan d'action.`,
    },
    'context.lifecycle': {
      type: 'richtext',
      text: `Cycle de vie des images :

1. **Captation** par la caméra, avec les masques de confidentialité appliqués à la source.
2. **Transmission** par la fibre municipale, les liaisons hertziennes ou la 4G chiffrée, jusqu'aux serveurs du CSU.
3. **Visionnage en direct** par les opérateurs sur le mur d'images et, en parallèle, **déport** vers le commissariat (visualisation seule).
4. **Enregistrement** sur les baies de stockage, pendant ${TOWN.retentionDays} jours.
5. **Relecture et recherche** : les opérateurs relisent les deux dernières heures ; seuls les superviseurs recherchent sur toute la durée.
6. **Extraction** sur réquisition, sur le poste d'export dédié, inscrite au registre.
7. **Remise** à l'officier requérant, contre signature, sur support fourni ou gravé par le CSU.
8. **Écrasement** automatique au 22e jour ; suppression de la copie de travail.
9. **Destruction** des disques en fin de vie par un prestataire certifié.

Deux flux s'écartent de ce cycle : les lectures de plaques, qui partaient vers le serveur d'analyse sans être jamais effacées, et les données techniques que le fournisseur peut consulter par son VPN. Le schéma des flux figure au dossier de renouvellement.`,
    },
    'context.assets': {
      type: 'richtext',
      text: `Supports des données :

- **matériels de terrain** : ${f.total} caméras, 212 mâts et consoles, 58 armoires de rue ;
- **réseau** : 68 km de fibre municipale, 23 liaisons hertziennes, 9 routeurs 4G, 31 commutateurs, un pare-feu entre le réseau vidéo et le réseau de la mairie ;
- **serveurs** : trois serveurs du logiciel Orbalis Centrale 7.4, deux baies de stockage de 240 To chacune, le serveur d'analyse Sinovista SV-IVS 9000 ;
- **postes** : 8 postes d'opérateur, un mur de 24 écrans, un poste d'export, un poste de vidéoverbalisation ;
- **liaisons** : le déport vers le commissariat et le VPN du fournisseur ;
- **supports amovibles** : clés USB et DVD des extractions ;
- **papier** : registre des extractions, main courante, arrêtés d'habilitation ;
- **locaux** : salle du CSU et salle des serveurs de l'hôtel de police municipale ;
- **personnes** : 14 opérateurs, 2 superviseurs, le responsable du CSU, les agents de la DSI et les techniciens des prestataires.

Le serveur d'analyse et le micrologiciel des caméras données sont des boîtes noires : la commune n'en maîtrise ni le code, ni les mises à jour.`,
    },
    'context.cameras': {
      type: 'cameras',
      comment: `Inventaire établi sur le terrain du 5 au 16 janvier 2026 par le CSU, la DSI et Nordelec Sécurité, caméra par caméra, en relevant la configuration réelle de chaque appareil. Écarts relevés : lecture de plaques active sur ${f.lapiEnabled} caméras, ${f.unmaskedNearHomes} caméras proches d'habitations sans masque, ${f.lapsed} caméras sous une autorisation échue, ${f.unauthorised} caméras sans autorisation et ${f.oldFirmware} caméras dont le micrologiciel n'a pas été mis à jour.`,
    },

    // ---- C. Fundamental principles
    'principles.purposes': {
      type: 'richtext',
      text: `Les finalités déclarées sont **déterminées** (six des onze finalités de l'article L251-2), **explicites** (elles figurent dans l'arrêté préfectoral, sur les panneaux et sur la page « Vidéoprotection » du site de la ville) et **légitimes** (elles relèvent des pouvoirs de police du maire).

Trois réserves :

- les **fonctions du matériel donné** ont longtemps précédé les finalités : la lecture de plaques, le comptage de foule et la détection de comportements ont été installés parce qu'ils étaient fournis, non parce qu'un besoin était établi. La CNIL l'a relevé en 2023 ;
- la finalité 5° couvre ${p(5)} caméras : elle est juste pour la gare et les places, plus fragile pour les rues résidentielles, où il faudra démontrer des faits précis ;
- les ${f.lapsed + f.unauthorised} caméras des Rouges-Barres et des dépôts sauvages servent une finalité légitime (11°) mais fonctionnent hors autorisation.

Le registre des finalités par caméra, prévu au plan d'action, permettra de documenter les faits qui justifient chaque emplacement.`,
    },
    'principles.legal-basis': {
      type: 'multichoice',
      optionIds: ['gdpr-6-1-e', 'lil-87'],
      comment: `Finalités 1° (en partie) et 3° : mission d'intérêt public (art. 6(1)(e) du RGPD), fondée sur l'article L251-2 du code de la sécurité intérieure. Finalités 1° (en partie), 4°, 5°, 6° et 11° : article 87 de la loi Informatique et Libertés. L'obligation légale (art. 6(1)(c)) n'est pas retenue, aucun texte n'obligeant la commune à s'équiper ; le consentement est sans objet. Aucune base ne couvre la lecture de plaques par la commune ni les analyses automatiques.`,
    },
    'principles.proportionality': {
      type: 'richtext',
      text: `La densité du dispositif — une caméra pour 120 habitants, l'une des plus fortes du département — appelle une justification site par site.

**Ce qui est proportionné.** Les caméras de la gare, du pôle d'échanges, des places d'Armes et du Marché-aux-Herbes répondent à des faits documentés et récurrents. L'enregistrement de ${TOWN.retentionDays} jours reste sous le plafond légal. ${f.nearHomes - f.unmaskedNearHomes} des ${f.nearHomes} caméras proches d'habitations ont des masques, et les caméras mobiles reviennent automatiquement à leur position de garde.

**Ce qui ne l'est pas, ou pas encore démontré.**

- 26 caméras ont été implantées en 2017 selon le plan proposé par le fournisseur pour faire de la ville une « vitrine », sans diagnostic préalable ;
- 38 caméras n'ont servi à rien depuis trois ans ;
- ${f.unmaskedNearHomes} caméras montrent des façades, fenêtres ou jardins sans masque ;
- les caméras mobiles peuvent zoomer sans limite sur ${f.byType.ptz} emplacements ;
- des fonctions inutiles (lecture de plaques, analyses, microphones) restent présentes dans le matériel.

Le plan d'action prévoit de réexaminer chaque emplacement avec le CLSPD, de déposer les caméras injustifiées et de supprimer les fonctions sans finalité.`,
    },
    'principles.minimisation': {
      type: 'richtext',
      text: `La minimisation est inégale selon les secteurs.

**Acquis.** Les caméras fixes du centre-ville et de la gare sont réglées sur les espaces publics qu'elles surveillent ; ${f.nearHomes - f.unmaskedNearHomes} caméras proches d'habitations ont des masques statiques. Les enregistrements sont limités à ${TOWN.retentionDays} jours, et le Jardin des Glacis n'est enregistré que de 19 h à 7 h. Les extractions ne portent que sur les séquences demandées par une réquisition.

**À corriger.**

- ${f.unmaskedNearHomes} caméras proches d'habitations n'ont aucun masque ;
- les caméras mobiles peuvent zoomer sans limite et n'ont pas de masques dynamiques ;
- des fonctions sans finalité restent présentes dans le matériel donné : lecture de plaques, analyses, microphones ;
- le serveur d'analyse conserve des métadonnées de détection qui ne servent à rien.

Le plan d'action prévoit les masques manquants, la limitation du zoom, le retrait des licences inutiles et la purge du serveur d'analyse avant le renouvellement de l'autorisation.`,
    },
    'principles.alternatives': {
      type: 'richtext',
      text: `Lors du déploiement de 2017, **aucune solution moins intrusive n'a été étudiée** : la commune a accepté le don tel qu'il était proposé. C'est l'un des manquements relevés par la CNIL en 2023, et la commune ne le conteste pas.

Depuis 2025, chaque demande de caméra nouvelle ou maintenue passe par une fiche d'étude comparant quatre options :

1. **aménagement urbain** : éclairage, suppression des recoins, mobilier ;
2. **présence humaine** : îlotage, médiation de nuit, gardiennage des équipements ;
3. **mesures techniques locales** : alarme d'intrusion sur un bâtiment, fermeture nocturne d'un parc ;
4. **caméra**, avec les réglages les moins intrusifs possibles (horaires, masques, pas de caméra mobile).

Trois résultats concrets : le Jardin des Glacis est désormais fermé la nuit, et ses caméras n'enregistrent plus que de 19 h à 7 h ; le nouvel éclairage du quai des Mariniers a permis de renoncer à deux caméras demandées en 2025 ; la médiation de nuit place Jean-Jaurès sera évaluée avant toute nouvelle caméra.

Ces fiches n'existent pas encore pour les ${f.total} caméras en place : c'est l'objet de la revue des emplacements prévue en 2027.`,
    },
    'principles.accuracy': {
      type: 'richtext',
      text: `L'exactitude porte ici sur trois éléments :

- **l'horodatage** : caméras, serveurs et postes sont synchronisés sur le serveur de temps interne de la DSI, lui-même calé sur une source de référence. Le CSU contrôle chaque mois l'écart sur un échantillon de 20 caméras ; en 2025, l'écart maximal constaté était de 1,2 seconde, sauf sur les ${f.oldFirmware} caméras à micrologiciel ancien, qui dérivent parfois de plusieurs minutes ;
- **la qualité d'image** : elle est adaptée à chaque finalité (identification en entrée de bâtiment, observation générale sur les places) et vérifiée à la réception de chaque caméra ;
- **la vidéoverbalisation** : l'agent lit lui-même la plaque en direct et un second agent contrôle chaque avis avant envoi à l'ANTAI.

La lecture automatisée de plaques, qui sera supprimée, produisait environ 4 % de lectures erronées selon un échantillon contrôlé par le CSU : c'est une raison supplémentaire de ne jamais l'utiliser.`,
    },
    'principles.codes-of-conduct': {
      type: 'richtext',
      text: `Ni la commune ni ses sous-traitants n'appliquent, à ce jour, de code de conduite approuvé au sens de l'article 40 du RGPD pour les traitements du CSU. La déléguée à la protection des données l'a vérifié auprès de chaque prestataire en février 2026 :

- **${TOWN.installer}** et **${TOWN.vmsEditor}** déclarent n'adhérer à aucun code approuvé ; l'éditeur du logiciel de gestion vidéo fait valoir une certification de sécurité de son produit, dont la copie a été demandée ;
- **Recydata Hauts-de-France** dispose d'une certification de destruction sécurisée des supports, sans lien avec un code de conduite ;
- **${TOWN.vendorSubsidiary}** n'a répondu qu'en renvoyant aux conditions générales du groupe, ce qui ne constitue pas une garantie.

L'absence de code n'est pas un manquement, mais elle prive l'analyse d'une garantie extérieure : la commune privilégiera, au prochain marché, les prestataires qui adhèrent à un code approuvé ou disposent d'une certification reconnue, et le cahier des charges le demandera explicitement.`,
    },
    'principles.retention': {
      type: 'richtext',
      text: `**Justification.** La durée de ${TOWN.retentionDays} jours, fixée par l'arrêté de 2021, reste sous le plafond d'un mois de l'article L252-5 du code de la sécurité intérieure. Elle repose sur le délai d'arrivée des réquisitions : en 2025, la réquisition est arrivée en moyenne 6 jours après les faits, 91 % dans les 15 jours et 97 % dans les 21 jours. Le CEPD recommande quelques jours lorsque c'est possible : une durée de **15 jours** sera étudiée pour le renouvellement, au regard de ces chiffres.

**Application.** L'écrasement est automatique et le CSU vérifie chaque mois, sur cinq caméras tirées au sort, qu'aucune image de plus de ${TOWN.retentionDays} jours ne subsiste. Le contrôle de janvier 2026 était conforme pour les enregistrements.

**Écarts.** Les extractions s'accumulent sur le poste d'export (146 fichiers de plus de trois mois) et les lectures de plaques sont conservées sans limite sur le serveur d'analyse. La durée n'est donc pas respectée pour ces deux flux ; leur purge et une suppression automatique sont prévues.`,
    },
    'principles.information': {
      type: 'richtext',
      text: `**Premier niveau : les panneaux.** Les entrées des zones filmées portent des panneaux avec pictogramme. Depuis 2024, les nouveaux panneaux du centre-ville, de la gare et de la Briquetterie indiquent le responsable, les finalités, la durée de conservation, le contact de la déléguée à la protection des données et le droit de réclamation auprès de la CNIL. Les panneaux des autres zones (Rhônelle, Hauts-Prés, Saint-Roch, entrées de ville, Rouges-Barres) datent de 2017 et ne mentionnent que l'existence du système : leur remplacement est prévu. Les ${f.unauthorised} caméras nomades n'ont aucun panneau.

**Second niveau : la page « Vidéoprotection » du site de la ville**, publiée en 2024, reprend les informations de l'article 13 du RGPD et de l'article 104 de la loi Informatique et Libertés, la carte des zones filmées et la manière d'exercer ses droits. Elle ne dit encore rien du matériel donné, ni des fonctions désactivées : elle sera complétée après la décision du maire.

L'arrêté préfectoral et la liste des systèmes autorisés sont consultables à l'accueil de l'hôtel de ville. Toute personne peut saisir la CNIL : [cnil.fr/fr/plaintes](https://www.cnil.fr/fr/plaintes).`,
    },
    'principles.access': {
      type: 'richtext',
      text: `**Procédure.** La demande est adressée à la déléguée à la protection des données, par courrier, à l'accueil de l'hôtel de ville ou par le formulaire du site. Le demandeur indique la date, l'heure et le lieu, et justifie de son identité. Le superviseur du CSU recherche les images dans le délai de conservation ; la réponse est donnée dans le mois.

**Tiers.** Faute d'outil de floutage, les images sont aujourd'hui montrées au demandeur au CSU, en présence de la déléguée, sans remise de copie lorsqu'elles montrent d'autres personnes. Un outil de floutage est prévu pour pouvoir remettre une copie.

**Restrictions.** L'accès peut être refusé ou différé s'il gênerait une enquête ou une procédure, ou pour protéger la sécurité publique ou les droits d'autrui (article 107 de la loi Informatique et Libertés pour les finalités pénales, article 23 du RGPD pour les autres). La personne est alors informée qu'elle peut exercer son droit par l'intermédiaire de la CNIL (article 108).

**Bilan 2025** : 9 demandes, 4 visionnages, 3 images déjà écrasées, 2 refus motivés par une enquête en cours. Chaque demande est inscrite au registre des droits.`,
    },
    'principles.rectification-erasure': {
      type: 'richtext',
      text: `La **rectification** n'a guère de sens pour une image, qui montre ce qu'elle montre. Elle s'applique en revanche aux données de vidéoverbalisation : une erreur de plaque ou de lieu est corrigée par la procédure de contestation de l'avis de contravention, dont le CSU fournit les éléments à l'officier du ministère public.

L'**effacement** est assuré, pour les enregistrements, par l'écrasement automatique à ${TOWN.retentionDays} jours : une demande porte en pratique sur des images qui auront disparu avant tout traitement de la demande, sauf si elles ont été extraites. Les extractions remises à la justice relèvent du code de procédure pénale (article 111 de la loi Informatique et Libertés) et ne peuvent être effacées par la commune.

Cas particulier : les lectures de plaques enregistrées sans base légale seront **toutes effacées**, sans attendre de demande, dès la désactivation du module. La déléguée vérifiera cet effacement et en conservera le procès-verbal.`,
    },
    'principles.restriction-objection': {
      type: 'richtext',
      text: `**Finalités pénales (4°, 5°, 6°, 11° et une partie du 1°).** Le droit d'opposition ne s'applique pas (article 110 de la loi Informatique et Libertés). La limitation (article 106) prend la forme d'un gel : à la demande d'une personne qui conteste un fait, ou d'un avocat, les images concernées sont extraites et mises sous scellé numérique au lieu d'être écrasées, dans l'attente d'une réquisition.

**Finalités relevant du RGPD (3° et une partie du 1°).** L'article 21 du RGPD permet en principe de s'opposer à un traitement fondé sur une mission d'intérêt public, sauf motifs impérieux. La commune estime que la régulation du trafic en constitue un, mais examinera chaque demande ; la question de savoir si le décret de 2023 écarte ce droit reste ouverte et sera suivie par le service juridique.

En pratique, personne ne peut éviter l'espace public. C'est pourquoi les garanties collectives — masques, limitation du zoom, horaires, absence de son — comptent davantage ici que les droits individuels. Aucune demande d'opposition n'a été reçue en 2025.`,
    },
    'principles.notification-portability': {
      type: 'richtext',
      text: `**Notification aux destinataires (article 19 du RGPD).** Chaque extraction est inscrite au registre des extractions avec son destinataire (service enquêteur, ANTAI, avocat sur décision de justice) et la référence de la réquisition. Lorsqu'une donnée est rectifiée — en pratique une erreur de plaque ou de lieu dans un avis de vidéoverbalisation — ou qu'une image est effacée ou gelée, le superviseur du CSU retrouve dans ce registre les destinataires concernés et les informe par écrit ; la déléguée à la protection des données conserve la copie de ces courriers. Une personne qui le demande reçoit la liste des destinataires à qui ses images ont été remises.

**Portabilité (article 20).** Ce droit ne s'applique pas : les finalités relevant du RGPD reposent sur une mission d'intérêt public (article 6(1)(e)), et la loi Informatique et Libertés ne le prévoit pas pour les finalités pénales. Le modèle de réponse du registre des droits l'explique et oriente la personne vers le droit d'accès. Aucune demande de ce type n'a été reçue en 2025.`,
    },
    'principles.processors': {
      type: 'richtext',
      text: `Quatre sous-traitants accèdent, au moins incidemment, aux données.

- **${TOWN.installer}** (marché de 2022) et **${TOWN.vmsEditor}** (contrat de 2023) : contrats conformes à l'article 28 — instructions écrites, confidentialité, sécurité, sous-traitants ultérieurs soumis à accord, assistance, suppression en fin de contrat, audit.
- **Recydata Hauts-de-France** : un bon de commande et un certificat de destruction, sans clauses complètes ; un contrat cadre sera signé au prochain renouvellement.
- **${TOWN.vendorSubsidiary}** : le contrat de maintenance de 2023 ne contient ni annexe sécurité, ni liste des sous-traitants ultérieurs, ni clause de localisation, ni droit d'audit effectif. Le fournisseur a modifié en juin 2024 la configuration des caméras sans instruction écrite, ce qui a réactivé la lecture de plaques.

Un avenant conforme à l'article 28 sera imposé au fournisseur ; à défaut, le contrat ne sera pas reconduit à son échéance de décembre 2026 et la maintenance sera confiée à un autre prestataire, ce qui suppose un plan de sortie (partie G).`,
    },
    'principles.transfers': {
      type: 'choice',
      optionId: 'unknown',
      comment: `Le fournisseur accède en permanence aux caméras données et au serveur d'analyse par un VPN qui aboutit à son centre de support de Rotterdam. Il n'a pas confirmé par écrit que les ingénieurs de sa maison mère, établie hors de l'Union européenne, ne peuvent pas s'y connecter pour le support de niveau 3. En 2025, les journaux du pare-feu ont en outre montré des tentatives de connexion de caméras vers un service en nuage du fournisseur, bloquées. Tant que la preuve contraire n'est pas apportée, un transfert hors UE doit être tenu pour possible.`,
    },

    // ---- G. CSU modules
    'modules.lapi': {
      type: 'choice',
      optionId: 'present-enabled',
      comment: `Les ${f.byType.lapi} caméras de lecture de plaques des entrées de ville, et le micrologiciel de toutes les caméras données, comportent un module de lecture automatisée des plaques. Désactivé après le contrôle de la CNIL de 2023, il a été réactivé sur ${f.lapiEnabled} caméras par la mise à jour du fournisseur de juin 2024, sans que la commune le sache. La police municipale a utilisé la recherche de plaque à 23 reprises pour répondre à des demandes de la police nationale. Une commune ne peut pas exploiter de lecture de plaques (CE, 27 juin 2016, n° 385091), et Valmont n'applique pas le forfait post-stationnement par caméra. Désactivation, purge et retrait de la licence sont prévus d'urgence.`,
    },
    'modules.facial-recognition': {
      type: 'choice',
      optionId: 'dormant',
      comment: `Le micrologiciel des ${f.donated} caméras données et le serveur d'analyse contiennent des fonctions de détection et de comparaison de visages. Elles n'ont jamais été activées, selon la configuration relevée en janvier 2026 et le fichier de licence du serveur. Elles restent techniquement présentes et le fournisseur indique ne pas pouvoir livrer un micrologiciel qui en soit dépourvu.`,
    },
    'modules.biometrics-safeguards': {
      type: 'richtext',
      text: `Aucun texte ne permet à une commune de traiter des données biométriques issues de la vidéoprotection, et le règlement européen sur l'IA interdit depuis le 2 février 2025 l'identification biométrique à distance en temps réel dans l'espace public à des fins répressives. La fonction doit donc rester **éteinte, de manière vérifiable**.

Garanties en place :

- **licence** : le fichier de licence du serveur d'analyse mentionne la fonction « FaceDB » comme non activée ;
- **configuration** : la détection de visage est désactivée sur les ${f.donated} caméras, contrôlées une à une par un script de la DSI en janvier 2026 ;
- **engagement du fournisseur** : courrier du 2 novembre 2023 par lequel il s'engage à ne rien activer sans demande écrite du maire.

Ces garanties sont **insuffisantes** : l'engagement n'est assorti d'aucune pénalité, et la mise à jour de juin 2024 a prouvé qu'un micrologiciel peut changer la configuration sans que personne le voie.

Garanties prévues : aucune mise à jour sans essai préalable sur une caméra pilote et accord de la DSI ; comparaison automatique de la configuration de chaque caméra avec une empreinte de référence, chaque semaine et après toute intervention ; clause contractuelle avec pénalités ; à terme, remplacement du matériel donné.`,
    },
    'modules.analytics': {
      type: 'choice',
      optionId: 'present-disabled',
      comment: `Le serveur d'analyse offre détection d'objets abandonnés, de présence prolongée dans une zone, de mouvements rapides, comptage de foule et suivi de trajet. Le comptage de foule a servi lors de la braderie de 2019 à 2022, sans base légale ; tout a été désactivé le 20 novembre 2023 à la suite du contrôle de la CNIL. Les caméras de l'extension de 2024 ont une détection de franchissement de ligne, jamais activée. Aucune de ces fonctions ne relève de l'expérimentation de la loi de 2023, réservée aux grands événements.`,
    },
    'modules.analytics-functions': {
      type: 'multichoice',
      optionIds: ['loitering', 'object-left', 'crowd-counting', 'fast-movement', 'tracking', 'other'],
      comment: `« Autre » : la détection de franchissement de ligne des caméras Vistelia de l'extension de 2024. Toutes ces fonctions sont désactivées.`,
    },
    'modules.audio': {
      type: 'choice',
      optionId: 'present-disabled',
      comment: `Au total, ${f.microphones} caméras mobiles données (variante SV-IPC6325-ZA) ont un microphone intégré. L'entrée audio est désactivée dans leur configuration, ce que l'inventaire de janvier 2026 a vérifié, et aucun flux sonore n'arrive au logiciel de gestion vidéo. Le code de la sécurité intérieure ne prévoit que des images ; la dépose physique des microphones est prévue pour qu'une mise à jour ne puisse pas les rallumer.`,
    },
    'modules.videoverbalisation': {
      type: 'boolean',
      value: true,
      comment: `Depuis 2019, sur ${p(4)} caméras des grands axes et des entrées de ville, par quatre agents de police municipale désignés et habilités par le maire. 3 870 avis de contravention en 2025.`,
    },
    'modules.videoverbalisation-procedure': {
      type: 'richtext',
      text: `La vidéoverbalisation est encadrée par une note de service du 4 mars 2019, révisée le 15 janvier 2025.

1. **Agents** : quatre agents de police municipale, désignés par arrêté du maire, seuls habilités à verbaliser depuis le poste dédié du CSU.
2. **Infractions** : uniquement celles de la liste de l'article R121-6 du code de la route qui sont pertinentes en ville — stationnement très gênant ou dangereux, circulation sur les voies réservées, franchissement de feu rouge, sens interdit, usage du téléphone tenu en main, non-port de la ceinture.
3. **Constat** : en direct et par un humain. L'agent observe l'infraction, lit la plaque lui-même et la relève ; aucune détection automatique, aucune lecture automatique de plaque.
4. **Preuve** : deux clichés au plus, cadrés sur le véhicule ; les visages des occupants et des passants sont masqués avant envoi.
5. **Contrôle** : un second agent vérifie chaque avis avant transmission à l'ANTAI par le circuit du procès-verbal électronique.
6. **Conservation** : les clichés sont supprimés du poste 30 jours après l'envoi.

Les zones concernées sont annoncées par des panneaux « vidéoverbalisation » et sur le site de la ville.`,
    },
    'modules.donation': {
      type: 'boolean',
      value: true,
      comment: `En 2017, ${TOWN.vendor} a donné à la commune ${f.donated} caméras, deux serveurs et les licences de ses logiciels d'analyse, pour une valeur déclarée d'environ 2 100 000 € HT.`,
    },
    'modules.donation-agreement': {
      type: 'richtext',
      text: `La **convention de don du 19 septembre 2017**, approuvée par la délibération du conseil municipal n° 2017-112 du 14 septembre 2017, prévoit :

- **propriété** : la commune est propriétaire des équipements depuis le procès-verbal de réception du 2 mars 2018 ;
- **maintenance** : gratuite pendant cinq ans, puis payante (contrat n° 2023-044, 148 000 € HT par an, échéance décembre 2026) ;
- **accès du fournisseur** : « accès technique permanent » pour la maintenance, sans autre précision — en pratique, le VPN permanent décrit en partie D ;
- **flux de données** : collecte par le fournisseur de « données techniques de fonctionnement » pour l'amélioration de ses produits, sans définition ni limite ;
- **vitrine** : droit pour le fournisseur de faire visiter le CSU à ses clients et de citer la ville ; onze visites ont eu lieu en 2018 et 2019, aucune depuis 2020 ;
- **sortie** : rien n'est prévu.

Cette convention n'a fait l'objet d'aucune analyse juridique ni de sécurité à sa signature. Le remplacement des caméras données est estimé à 1,6 M€. Le plan d'action prévoit un avenant (suppression de la collecte et de la clause de vitrine, accès encadré) et un **plan de sortie** chiffré, à présenter au conseil municipal en 2027.`,
    },

    // ---- D. Measures
    'measures.access-control': {
      type: 'richtext',
      text: `**Habilitation.** Dix-neuf personnes sont habilitées par l'arrêté du maire n° 2025-PM-032 : 14 opérateurs, 2 superviseurs, le responsable du CSU, la directrice de la police municipale et l'adjoint délégué à la sécurité. L'arrêté est revu chaque année et à chaque départ.

**Comptes.** Chaque opérateur de jour a un compte nominatif sur le logiciel Orbalis. Mais l'équipe de nuit partage encore deux comptes génériques (« nuit1 » et « nuit2 »), et aucun compte n'a d'authentification à deux facteurs. Un compte administrateur du fournisseur (« svadmin ») subsiste sur le serveur d'analyse.

**Profils.** Les opérateurs voient le direct et relisent les deux dernières heures ; seuls les superviseurs recherchent sur ${TOWN.retentionDays} jours et exportent ; la police nationale ne voit que le direct, pour les seules caméras de Valmont-sur-Escaut.

**Plan d'action** : comptes nominatifs pour la nuit et authentification à deux facteurs pour tous, suppression du compte « svadmin », revue trimestrielle des comptes actifs rapprochée de l'arrêté d'habilitation.`,
    },
    'measures.logging': {
      type: 'richtext',
      text: `Le logiciel Orbalis journalise les connexions, les caméras affichées, les mouvements des caméras mobiles, les relectures, les recherches, les exports et les changements de configuration, avec l'identifiant de l'utilisateur et l'heure.

**Faiblesses.**

- Les journaux sont conservés sur le serveur même, où un administrateur pourrait les effacer.
- Ils ne sont gardés qu'un an.
- Personne ne les relit, sauf en cas d'incident.
- Les comptes partagés de nuit rendent l'imputation impossible.
- Les journaux du serveur d'analyse du fournisseur ne sont ni collectés ni compris par la DSI.

**Plan d'action** : envoi des journaux vers le serveur de journalisation de la DSI, en écriture seule ; conservation de 3 ans ; revue trimestrielle par le RSSI, avec un échantillon de dix recherches et de tous les exports rapprochés du registre ; alertes sur les recherches nocturnes et les exports hors procédure. Cette journalisation répond à l'article 101 de la loi Informatique et Libertés pour les finalités pénales.`,
    },
    'measures.network': {
      type: 'richtext',
      text: `**Réseau dédié.** Les caméras sont raccordées à un réseau physiquement distinct de celui de la mairie, découpé en réseaux virtuels par secteur. Un pare-feu sépare le réseau vidéo du réseau administratif et n'ouvre que les flux nécessaires au déport vers le commissariat.

**Exposition.** Aucune caméra n'est joignable depuis Internet, à une exception près : le VPN permanent du fournisseur, qui aboutit sur le serveur d'analyse et, de là, sur les ${f.donated} caméras données. Les fonctions de nuage et de connexion pair-à-pair sont désactivées ; les tentatives de connexion sortantes des caméras sont bloquées et journalisées.

**Chiffrement.** Les 9 liaisons 4G passent par un tunnel IPsec. Les flux vidéo circulent en clair sur la fibre dédiée ; les échanges entre serveurs et postes sont chiffrés (TLS). Les baies de stockage ne sont pas chiffrées.

**Durcissement.** L'audit de 2023 a fait changer tous les mots de passe par défaut et désactiver Telnet, UPnP et les services inutiles. Les caméras achetées sont mises à jour chaque trimestre ; les caméras données dépendent du fournisseur. Le RSSI suit les avis du CERT-FR.

Un test d'intrusion du réseau vidéo est prévu en 2027.`,
    },
    'measures.physical': {
      type: 'richtext',
      text: `**Salle du CSU.** Située au premier étage de l'hôtel de police municipale, elle n'est accessible qu'avec un badge nominatif et un code. Les visiteurs (élus, enquêteurs, techniciens) signent le registre des visites et sont accompagnés. Depuis 2024, les téléphones personnels sont déposés dans des casiers à l'entrée. Un film occultant empêche de voir les écrans depuis la rue.

**Salle des serveurs.** Distincte du CSU, elle est fermée par badge et réservée à la DSI et au responsable du CSU. Elle dispose d'une détection automatique d'incendie, d'une extinction par gaz, d'une climatisation doublée et d'une sonde d'inondation.

**Terrain.** Les 58 armoires de rue sont fermées à clé ; 35 d'entre elles ont un contact d'ouverture relié au CSU. Les caméras signalent au logiciel toute perte d'image ou tout masquage de l'objectif.

**Limites.** Les badges du CSU ne sont pas revus périodiquement : en janvier 2026, deux badges d'anciens agents étaient encore actifs. Le registre des visites est tenu sur papier et incomplet la nuit.`,
    },
    'measures.training': {
      type: 'richtext',
      text: `**Formation initiale** de 35 heures pour tout nouvel opérateur : cadre juridique de la vidéoprotection, respect de la vie privée, charte de déontologie, utilisation du logiciel, procédure d'extraction, gestion des incidents. Elle est dispensée par le responsable du CSU et la déléguée à la protection des données.

**Formation continue** de 7 heures par an, consacrée aux évolutions du droit et aux cas concrets rencontrés dans l'année (une demande d'accès, une réquisition incomplète, un comportement d'opérateur signalé).

**Charte de déontologie** (2019, révisée en 2025) : interdiction de suivre une personne sans motif, de filmer l'intérieur des habitations ou de les cibler, de zoomer sur une personne sans lien avec un incident, de communiquer des images hors procédure. Chaque opérateur la signe, avec un engagement de confidentialité ; les manquements relèvent du régime disciplinaire, et deux rappels à l'ordre ont été prononcés en 2024.

**Bilan** : 16 des 18 personnes concernées étaient à jour de leur formation fin 2025 ; les deux agents recrutés en décembre 2025 seront formés en avril 2026.`,
    },
    'measures.exports': {
      type: 'richtext',
      text: `**Conditions.** Une extraction n'est faite que sur réquisition écrite d'un officier de police judiciaire ou du parquet, ou, pour une procédure administrative, sur demande écrite et motivée du maire. Les demandes orales sont refusées. Seuls les deux superviseurs et le responsable du CSU peuvent exporter.

**Registre.** Chaque extraction est inscrite au registre : date, requérant, numéro de procédure, caméras, plage horaire, support, nom de l'agent, signature du destinataire. 431 extractions y figurent pour 2025.

**Support.** L'extraction se fait sur le poste d'export dédié, gravée sur DVD ou copiée sur une clé fournie par l'enquêteur. Les fichiers ne sont ni chiffrés, ni accompagnés d'une empreinte permettant de prouver leur intégrité, et les clés des enquêteurs ne sont pas contrôlées avant branchement.

**Copies de travail.** La règle est de les supprimer dès la remise ; elle n'est pas appliquée (146 fichiers anciens en janvier 2026).

**Plan d'action** : supports chiffrés fournis par le CSU, empreinte SHA-256 inscrite au registre et sur le bordereau de remise, station de décontamination pour les clés extérieures, suppression automatique des copies de travail après 7 jours.`,
    },
    'measures.vendor-remote-access': {
      type: 'choice',
      optionId: 'permanent',
      comment: `Un VPN permanent relie depuis 2018 le centre de support du fournisseur au serveur d'analyse, d'où il atteint toutes les caméras données. Les sessions ne sont ni annoncées, ni enregistrées, ni limitées dans le temps, et la commune ignore qui s'y connecte. C'est par ce lien qu'a été poussée la mise à jour de juin 2024. La cible est un accès sur demande, ouvert pour chaque intervention à travers un bastion avec authentification forte et enregistrement des sessions, par du personnel situé dans l'Union européenne.`,
    },
    'measures.maintenance': {
      type: 'richtext',
      text: `**Caméras achetées, réseau, stockage** : ${TOWN.installer} assure deux visites préventives par an et intervient sur site en moins de 4 heures ouvrées pour les pannes bloquantes. Ses techniciens n'ont pas de compte permanent : un compte temporaire leur est ouvert par la DSI pour chaque intervention.

**Logiciel de gestion vidéo** : ${TOWN.vmsEditor} intervient à distance sur ticket, par une session de partage d'écran ouverte par la DSI et fermée en fin d'intervention.

**Caméras données et serveur d'analyse** : ${TOWN.vendorSubsidiary} intervient par son VPN permanent, sans ticket ni information préalable. Il a poussé en juin 2024 une mise à jour de micrologiciel sur l'ensemble des caméras données sans validation de la commune ; ${f.oldFirmware} caméras, alors injoignables, sont restées à l'ancienne version.

**Règles adoptées en février 2026** : aucune mise à jour sans note de version, essai sur une caméra pilote et accord écrit de la DSI ; registre des changements ; contrôle de la configuration après chaque intervention (lecture de plaques, analyses, visages, audio). Ces règles doivent encore être imposées contractuellement au fournisseur.`,
    },
    'measures.availability': {
      type: 'richtext',
      text: `**Stockage.** Deux baies de 240 To en RAID 6, avec disques de secours ; la perte de deux disques d'une même grappe n'interrompt pas l'enregistrement. La configuration du logiciel de gestion vidéo est sauvegardée chaque semaine hors de la salle des serveurs.

**Énergie.** Onduleurs de 30 minutes pour les serveurs et le CSU, relayés par le groupe électrogène de l'hôtel de police ; les armoires de rue n'ont pas de batterie, si bien qu'une coupure de secteur éteint les caméras concernées.

**Surveillance.** Le logiciel alerte le CSU de toute caméra perdue ; le taux de disponibilité des caméras était de 97,8 % en 2025. Le contrôle mensuel d'écrasement vérifie aussi que les enregistrements sont complets.

**Incidents.** La procédure de gestion des violations de données (2019, mise à jour en 2024) prévoit la qualification par la déléguée, la notification à la CNIL sous 72 heures si nécessaire et l'information des personnes. Trois incidents ont été inscrits au registre en 2025, dont une panne de disque ayant fait perdre deux jours d'images sur quatre caméras ; aucun n'a nécessité de notification.`,
    },
    'measures.list': {
      type: 'measures',
      comment: `Les mesures existantes ont été vérifiées sur place en janvier 2026, et non reprises des déclarations des prestataires. Les mesures prévues forment le plan d'action : chacune a un responsable et une échéance, sauf deux qui restent à arbitrer en comité de pilotage (l'une sans responsable, l'autre sans échéance).`,
    },

    // ---- E. Risks
    'risks.list': {
      type: 'risks',
      comment: `Scénarios tirés du catalogue des risques du modèle et adaptés à Valmont-sur-Escaut. La gravité est appréciée du point de vue des personnes filmées, non de la commune ; la vraisemblance tient compte des mesures existantes (évaluation initiale) puis du plan d'action (évaluation résiduelle).`,
    },
    'risks.overview': {
      type: 'richtext',
      text: `**Avant le plan d'action**, la cartographie est préoccupante : sept scénarios sur quinze se situent dans la zone où gravité et vraisemblance sont toutes deux élevées. Trois causes les expliquent : des fonctions illégales actives ou dormantes dans le matériel donné, un accès permanent et opaque du fournisseur, et des pratiques internes fragiles (comptes partagés de nuit, exports non chiffrés, journaux jamais relus).

**Après le plan d'action**, la plupart des risques redescendent à une vraisemblance limitée ou négligeable : désactivation et purge de la lecture de plaques, masques manquants, comptes nominatifs, exports chiffrés et tracés, revue des journaux.

**Un risque reste élevé** : l'accès du fournisseur aux caméras données (gravité et vraisemblance importantes). Le bastion, l'avenant au contrat et les contrôles de configuration le rendent visible et encadré sans le supprimer, car la commune ne maîtrise pas le micrologiciel des ${f.donated} caméras données. Seul le remplacement de ce matériel le ramènerait à un niveau acceptable.

La réactivation de fonctions dormantes (reconnaissance faciale, analyses) garde une gravité maximale, mais devient peu vraisemblable grâce au retrait des licences et au contrôle hebdomadaire de la configuration. La perte d'images dont une victime a besoin garde une gravité maximale par nature, mais sa vraisemblance devient faible.

Ce risque résiduel élevé impose la **consultation préalable de la CNIL** et justifie d'inscrire le plan de sortie du matériel donné au programme d'investissement.`,
    },

    // ---- F. Validation
    'validation.action-plan': {
      type: 'richtext',
      text: `Le plan d'action se lit en trois temps.

1. **Immédiatement (avril et mai 2026)** : désactivation de la lecture de plaques et purge des lectures enregistrées, masques sur les ${f.unmaskedNearHomes} caméras qui en manquent, dépose ou régularisation des ${f.unauthorised} caméras nomades, suppression du compte « svadmin » et des badges d'anciens agents.
2. **Avant l'échéance du contrat du fournisseur (fin 2026)** : avenants conformes à l'article 28, purge et suppression automatique des copies d'extraction, dépose des microphones, règles de mise à jour imposées au fournisseur.
3. **En 2027** : bastion pour toute maintenance à distance, comptes nominatifs et authentification à deux facteurs, journalisation centralisée et revue trimestrielle, exports chiffrés, revue des emplacements avec le CLSPD, comité d'éthique, plan de sortie du matériel donné.

Le coût hors remplacement du matériel est estimé à 310 000 € sur 2026 et 2027 ; il doit être inscrit au budget supplémentaire de juin 2026.

Le suivi est assuré par un comité de pilotage trimestriel réunissant le directeur général des services, la déléguée, la DSI, le responsable du CSU et la directrice de la police municipale. Deux mesures sont encore incomplètes — les exports chiffrés n'ont pas de responsable, l'outil de floutage n'a pas d'échéance : elles seront arbitrées au premier comité.`,
    },
    'validation.review-triggers': {
      type: 'richtext',
      text: `L'analyse sera revue **chaque année**, la prochaine fois au plus tard le 31 mars 2027, et jointe au bilan annuel présenté au CLSPD.

Elle sera revue **sans attendre** en cas de :

- réponse de la CNIL à la consultation préalable, ou arrêté préfectoral de renouvellement assorti de prescriptions ;
- ajout, déplacement ou suppression de caméras, ou changement de finalité ;
- activation, même à l'essai, d'une fonction de lecture de plaques, d'analyse, de reconnaissance de visage ou d'audio ;
- changement de fournisseur, de mainteneur ou de logiciel, ou mise à jour majeure du micrologiciel des caméras données ;
- incident de sécurité ou violation de données touchant le CSU ;
- évolution du cadre juridique, notamment les textes d'application de la loi relative aux Jeux de 2030 sur les caméras augmentées ;
- décision de remplacer le matériel donné.`,
    },
    'validation.next-review': { type: 'date', value: '2027-03-31' },
  };
}
