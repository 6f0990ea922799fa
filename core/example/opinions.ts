// The DPO's opinion and the data subjects' views of the example (GDPR art. 35(2) and 35(9)).
import type { Opinions } from '../model/assessment.ts';
import { PEOPLE } from './town.ts';

export const EXAMPLE_OPINIONS: Opinions = {
  dpo: {
    name: PEOPLE.dpo,
    date: '2026-03-24',
    verdict: 'reserved',
    text: `J'émets un **avis réservé** sur le maintien du dispositif en l'état et un avis favorable à son renouvellement **sous réserve** de l'exécution du plan d'action et de la consultation préalable de la CNIL.

L'analyse est sincère : elle décrit les écarts constatés sur le terrain au lieu de reprendre les déclarations des prestataires, et les mesures proposées sont pertinentes. Mes réserves sont les suivantes.

1. **Lecture de plaques.** Ce traitement illicite doit cesser avant toute autre mesure. La purge des lectures doit être vérifiée par moi-même et consignée dans un procès-verbal.
2. **Reconnaissance faciale.** Un module dormant, dans un micrologiciel que la commune ne maîtrise pas, n'est pas une garantie. Tant que ce matériel reste en place, le contrôle hebdomadaire de configuration est indispensable.
3. **Analyses automatiques.** Les licences doivent être restituées ; aucun essai ne doit avoir lieu, même lors d'un grand événement, sans nouvelle analyse et sans base légale expresse.
4. **Accès du fournisseur.** Le VPN permanent doit être fermé dès la mise en service du bastion. Je recommande de ne pas reconduire le contrat de maintenance en décembre 2026 sans avenant conforme à l'article 28.
5. **Conservation des extractions.** Les copies de travail doivent être purgées sans attendre l'automatisation.

Je recommande enfin que le plan de sortie du matériel donné soit inscrit au programme d'investissement : c'est la seule mesure qui ramènerait le risque résiduel principal à un niveau acceptable.

Je demande à être destinataire du compte rendu de chaque comité de pilotage et à vérifier moi-même, sur place, les mesures marquées comme réalisées.`,
  },
  dataSubjects: {
    sought: true,
    method: `Les avis ont été recueillis par trois voies entre novembre 2025 et février 2026 :

- une séance plénière du **conseil local de sécurité et de prévention de la délinquance** (2 décembre 2025), où la synthèse de l'analyse a été présentée aux bailleurs, transporteurs, associations et chefs d'établissement scolaire ;
- une réunion dans chacun des **six conseils de quartier**, sur la base d'une carte des caméras du quartier et d'une note de quatre pages ;
- un questionnaire en ligne et papier ouvert du 15 décembre 2025 au 31 janvier 2026 (412 réponses), dont les résultats ne prétendent pas être représentatifs.

Les représentants du personnel ont été consultés en comité social territorial le 5 février 2026, les agents municipaux étant eux-mêmes filmés.`,
    summary: `Les habitants soutiennent majoritairement les caméras de la gare, du centre-ville et des abords des équipements publics. Ils expriment quatre inquiétudes fortes : la lecture de plaques, dont ils ignoraient l'existence ; la reconnaissance faciale, même dormante ; la dépendance envers un fournisseur étranger ; les caméras qui voient les fenêtres, citées aux Hauts-Prés et à la Rhônelle.

Ils demandent un rapport public annuel et une instance de contrôle comprenant des habitants : la commune reprend ces deux demandes (comité d'éthique). Les représentants du personnel ont demandé l'assurance que les caméras ne serviraient pas à contrôler le travail des agents ; cette assurance figure dans la charte de déontologie.

La commune ne suit pas la demande, exprimée au conseil de quartier Gare, de nouvelles caméras rue des Maraîchers : les faits signalés n'ont pas été confirmés par la police nationale, et la médiation de nuit sera d'abord évaluée.`,
    notSoughtReason: '',
  },
};
