// Varied, plausible French sentences to pad the benchmark assessment's texts to a realistic length.
import { pick } from './random.ts';
import type { Rng } from './random.ts';

const SUBJECTS = [
  'Le responsable du CSU',
  'La déléguée à la protection des données',
  'La direction des systèmes d’information',
  'Le service juridique',
  'La directrice de la police municipale',
  'Le comité de pilotage',
  'Le RSSI',
  'Chaque superviseur',
  'Le prestataire de maintenance',
  'La direction générale des services',
  'Le comité d’éthique',
  'L’adjoint délégué à la sécurité',
];

const VERBS = [
  'vérifie',
  'consigne',
  'contrôle',
  'réexamine',
  'documente',
  'présente',
  'met à jour',
  'rapproche du registre',
  'signale à la déléguée',
  'archive',
  'teste sur une caméra pilote',
  'compare avec l’inventaire',
];

const OBJECTS = [
  'les habilitations des opérateurs',
  'le registre des extractions',
  'la configuration des caméras données',
  'les masques de confidentialité',
  'les journaux de consultation',
  'les délais de réponse aux demandes d’accès',
  'la liste des sous-traitants ultérieurs',
  'les panneaux d’information',
  'les résultats du contrôle d’écrasement',
  'les fiches d’étude des emplacements',
  'les secteurs interdits des caméras mobiles',
  'l’état d’avancement du plan d’action',
  'les sessions de maintenance à distance',
  'les badges d’accès à la salle du CSU',
];

const WHEN = [
  'chaque mois',
  'à chaque trimestre',
  'lors de chaque intervention',
  'avant chaque comité de pilotage',
  'après toute mise à jour',
  'à chaque départ d’un agent',
  'lors du bilan annuel',
  'dès qu’un écart est constaté',
  'à chaque nouvelle caméra',
  'à la demande du comité d’éthique',
];

const WHY = [
  'afin de garder une trace vérifiable',
  'pour que la déléguée puisse en juger sur pièces',
  'conformément au plan d’action',
  'et en rend compte au comité d’éthique',
  'sans attendre la revue annuelle',
  'en lien avec la DSI',
  'pour en tirer les conséquences sur la cartographie des risques',
  'et inscrit le résultat au registre',
];

/** One sentence of about fifteen words. */
export function fillerSentence(rng: Rng): string {
  return `${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} ${pick(rng, WHEN)}, ${pick(rng, WHY)}.`;
}

/** Counts words the way a reader would: runs of characters between spaces. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Appends paragraphs of filler sentences to `text` until it has at least `minWords` words. */
export function padText(rng: Rng, text: string, minWords: number): string {
  let result = text;
  while (countWords(result) < minWords) {
    const sentences = Array.from({ length: 4 }, () => fillerSentence(rng));
    result = `${result}\n\n${sentences.join(' ')}`;
  }
  return result;
}
