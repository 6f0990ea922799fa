// The reviewers' verdicts of the example, keyed by item id (evaluationMode 'item') or question id ('question').
// Item ids are those of templates/csu-videoprotection.json (e.g. `modules.lapi-capability`, whose question is `modules.lapi`).
import type { Evaluation, Verdict } from '../model/assessment.ts';
import { PEOPLE } from './town.ts';

function by(
  evaluatedBy: string,
  evaluatedAt: string,
): (verdict: Verdict, comment: string, correctiveAction?: string) => Evaluation {
  return (verdict, comment, correctiveAction = '') => ({
    verdict,
    comment,
    correctiveAction,
    evaluatedBy,
    evaluatedAt,
  });
}

const lawyer = by(PEOPLE.lawyer, '2026-03-12T15:20:00+01:00');
const lawyerLater = by(PEOPLE.lawyer, '2026-03-17T10:05:00+01:00');
const ciso = by(PEOPLE.ciso, '2026-03-16T11:40:00+01:00');

export const EXAMPLE_EVALUATIONS: Readonly<Record<string, Evaluation>> = {
  // ---- Items evaluated as a whole
  'prescreening.qualification': lawyer(
    'acceptable',
    `Qualification complète : obligation de l'analyse, régime par finalité, références des arrêtés et nécessité de la consultation préalable sont argumentés.`,
  ),
  'context.overview': lawyer(
    'improvable',
    `Description précise et honnête. Deux manques : la clause de « données techniques » du fournisseur reste sans réponse, et les bénéfices ne sont mesurés que par l'activité du CSU.`,
    `Relancer le fournisseur par lettre recommandée et consigner sa réponse ; définir avec le CLSPD deux ou trois indicateurs d'efficacité pour le bilan annuel.`,
  ),
  'context.data': lawyer(
    'improvable',
    `Les données, les destinataires et le cycle de vie sont décrits. La durée de conservation des journaux n'est pas encore configurée et les lectures de plaques constituent une catégorie illicite à supprimer.`,
    `Configurer 3 ans de conservation des journaux ; joindre le procès-verbal de purge des lectures de plaques à la prochaine version.`,
  ),
  'modules.lapi-capability': lawyer(
    'to-correct',
    `Traitement sans base légale, en cours, déjà interrogé par la police municipale : c'est précisément le manquement reproché par la CNIL en 2023.`,
    `Désactiver sans délai, purger sous contrôle de la déléguée, retirer la licence et mentionner l'incident dans la demande de consultation préalable.`,
  ),
  'modules.biometrics': lawyer(
    'to-correct',
    `La fonction n'est pas active, mais les garanties reposent sur un engagement sans sanction et sur une configuration qu'une mise à jour a déjà su modifier.`,
    `Contrôle hebdomadaire de configuration, clause assortie de pénalités dans l'avenant, retrait des licences ; inscrire le remplacement du matériel au plan de sortie.`,
  ),
  'modules.analytics-capability': lawyer(
    'improvable',
    `Fonctions désactivées depuis 2023 et usage passé reconnu. Les licences restent installées.`,
    `Restituer les licences et désinstaller les modules du serveur d'analyse.`,
  ),
  'modules.audio-capability': lawyer(
    'improvable',
    `Désactivation vérifiée, mais purement logicielle.`,
    `Déconnecter physiquement les microphones lors de la prochaine visite de maintenance.`,
  ),
  'modules.videoverbalisation-use': lawyer(
    'acceptable',
    `Procédure conforme : infractions de l'article R121-6, constat humain en direct, double contrôle, clichés limités et masqués.`,
  ),
  'modules.donated-equipment': lawyer(
    'to-correct',
    `La convention de don laisse au fournisseur un accès permanent, une collecte de données non définie et un droit de vitrine, sans plan de sortie.`,
    `Négocier un avenant supprimant la collecte et la clause de vitrine ; présenter le plan de sortie au conseil municipal en 2027.`,
  ),
  'risks.register': ciso(
    'acceptable',
    `Les scénarios couvrent les trois événements redoutés et le détournement de finalité ; les cotations sont justifiées et cohérentes avec l'inventaire. Le risque résiduel élevé est assumé et conduit à la consultation préalable.`,
  ),

  // ---- Fundamental principles, question by question
  'principles.purposes': lawyerLater(
    'improvable',
    `Les finalités déclarées sont légitimes, mais leur rattachement aux caméras des rues résidentielles reste à démontrer.`,
    `Tenir le registre des finalités par caméra, avec les faits justifiant chaque emplacement.`,
  ),
  'principles.legal-basis': lawyerLater(
    'acceptable',
    `Bases correctement distinguées selon le régime ; l'absence de base pour la lecture de plaques et les analyses est traitée dans la partie G.`,
  ),
  'principles.proportionality': lawyerLater(
    'to-correct',
    `Huit caméras filment des habitations sans masque, 38 caméras sont inutilisées et 26 ont été implantées selon le plan du fournisseur.`,
    `Masquer sans délai ; réexaminer les 64 emplacements concernés avec le CLSPD et déposer les caméras injustifiées.`,
  ),
  'principles.minimisation': lawyerLater(
    'improvable',
    `Réglages corrects au centre-ville, mais huit caméras sans masque, un zoom sans limite et des fonctions sans finalité dans le matériel donné.`,
    `Poser les masques manquants, limiter le zoom des caméras mobiles et retirer les licences inutiles avant le renouvellement.`,
  ),
  'principles.alternatives': lawyerLater(
    'to-correct',
    `La méthode adoptée en 2025 est bonne, mais aucune étude n'existe pour les caméras en place : le manquement relevé par la CNIL n'est pas encore corrigé.`,
    `Appliquer la fiche d'étude à chaque emplacement lors de la revue de 2027, en commençant par les caméras des rues résidentielles.`,
  ),
  'principles.codes-of-conduct': lawyerLater(
    'acceptable',
    `Aucun code de conduite approuvé n'est appliqué ; le constat est fait et le prochain marché le demandera.`,
  ),
  'principles.accuracy': lawyerLater(
    'acceptable',
    `Horodatage contrôlé, double vérification en vidéoverbalisation. La dérive des 13 caméras à micrologiciel ancien est traitée par la politique de mises à jour.`,
  ),
  'principles.retention': lawyerLater(
    'improvable',
    `La durée de 21 jours est justifiée par les délais de réquisition et bien appliquée aux enregistrements, mais pas aux extractions ni aux lectures de plaques.`,
    `Purger et automatiser la suppression des copies ; étudier une durée de 15 jours pour le renouvellement.`,
  ),
  'principles.information': lawyerLater(
    'improvable',
    `Le second niveau d'information est bon ; les panneaux de 2017 sont incomplets et les caméras nomades n'ont aucun panneau.`,
    `Remplacer les panneaux de 2017 ; compléter la page web sur le matériel donné et les fonctions désactivées.`,
  ),
  'principles.access': lawyerLater(
    'improvable',
    `Procédure claire et délais tenus. Sans outil de floutage, le demandeur ne peut obtenir de copie dès que des tiers apparaissent.`,
    `Acquérir un outil de floutage et fixer une échéance à cette mesure, qui n'en a pas.`,
  ),
  'principles.rectification-erasure': lawyerLater(
    'acceptable',
    `Réponse adaptée à la nature des images ; l'effacement d'office des lectures de plaques est prévu.`,
  ),
  'principles.restriction-objection': lawyerLater(
    'acceptable',
    `Régimes bien distingués. Le point ouvert sur l'article 21 du RGPD est identifié et suivi par le service juridique.`,
  ),
  'principles.notification-portability': lawyerLater(
    'acceptable',
    `Le registre des extractions permet de notifier les destinataires ; la réponse sur la portabilité est prête.`,
  ),
  'principles.processors': lawyerLater(
    'to-correct',
    `Le contrat du fournisseur ne satisfait pas à l'article 28 : ni annexe sécurité, ni sous-traitants ultérieurs, ni localisation, ni audit effectif.`,
    `Imposer l'avenant avant l'échéance de décembre 2026, faute de quoi ne pas reconduire le contrat.`,
  ),
  'principles.transfers': lawyerLater(
    'to-correct',
    `Un transfert hors Union européenne ne peut être exclu ; aucune garantie du chapitre V n'est en place.`,
    `Obtenir du fournisseur la liste écrite des intervenants et de leur localisation ; n'autoriser que des intervenants situés dans l'Union européenne via le bastion.`,
  ),

  // ---- Measures, question by question
  'measures.access-control': ciso(
    'to-correct',
    `Comptes partagés la nuit, aucune authentification à deux facteurs, compte administrateur du fournisseur encore actif.`,
    `Supprimer le compte « svadmin » immédiatement ; comptes nominatifs et double authentification pour tous d'ici janvier 2027.`,
  ),
  'measures.logging': ciso(
    'improvable',
    `La journalisation est riche, mais les journaux sont modifiables par un administrateur, gardés un an et jamais relus.`,
    `Centraliser les journaux en écriture seule, les garder 3 ans, les relire chaque trimestre.`,
  ),
  'measures.network': ciso(
    'improvable',
    `Réseau dédié et durci ; l'exception du VPN du fournisseur et l'absence de chiffrement au repos affaiblissent l'ensemble.`,
    `Fermer le VPN au profit du bastion ; chiffrer les baies lors du renouvellement des contrôleurs ; test d'intrusion en 2027.`,
  ),
  'measures.physical': ciso(
    'improvable',
    `Protections physiques solides, mais deux badges d'anciens agents étaient actifs et le registre des visites est incomplet la nuit.`,
    `Revue trimestrielle des badges rapprochée de l'arrêté d'habilitation ; registre des visites tenu à toute heure.`,
  ),
  'measures.training': ciso(
    'acceptable',
    `Formation initiale et continue, charte signée, sanctions effectivement prononcées ; les deux nouveaux agents sont programmés.`,
  ),
  'measures.exports': ciso(
    'improvable',
    `Procédure d'extraction et registre conformes ; supports non chiffrés, sans empreinte, et copies de travail non supprimées.`,
    `Exports chiffrés avec empreinte SHA-256 ; désigner un responsable pour cette mesure, qui n'en a pas.`,
  ),
  'measures.vendor-remote-access': ciso(
    'to-correct',
    `Accès permanent, non journalisé côté commune, par lequel une mise à jour non autorisée a déjà été poussée.`,
    `Fermer le VPN et passer par un bastion pour toute intervention, sur demande, avec enregistrement des sessions.`,
  ),
  'measures.maintenance': ciso(
    'improvable',
    `Maintenance bien encadrée pour l'installateur et l'éditeur ; les règles de février 2026 ne lient pas encore le fournisseur.`,
    `Reprendre ces règles dans l'avenant au contrat du fournisseur.`,
  ),
  'measures.availability': ciso(
    'acceptable',
    `Redondance, alimentation secourue et procédure d'incident adaptées ; l'absence de batterie dans les armoires de rue est un choix assumé.`,
  ),
};
