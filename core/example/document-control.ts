// Cover data, workflow history and pending decision of the example: where the document stands in its review.
import type { Assessment, Meta, Validation } from '../model/assessment.ts';
import { PEOPLE, TOWN } from './town.ts';

export const EXAMPLE_TITLE = `AIPD — Centre de supervision urbaine de ${TOWN.name}`;

export function exampleMeta(title: string): Meta {
  return {
    title,
    organisation: TOWN.organisation,
    controller: TOWN.controller,
    dpo: `${PEOPLE.dpo}, déléguée à la protection des données`,
    authors: [
      'Mme Nathalie Verhaeghe (déléguée à la protection des données)',
      'M. Olivier Desmet (responsable du CSU)',
      'M. Karim Belaïd (directeur des systèmes d’information)',
      'Mme Claire Dumoulin (service juridique)',
    ],
    language: 'fr',
    version: '1.3',
    createdAt: '2026-01-12T09:15:00+01:00',
    modifiedAt: '2026-03-26T16:40:00+01:00',
    status: 'in-review',
    reviewDate: '2027-03-31',
    templateId: 'csu-videoprotection',
    templateVersion: '1.1.0',
  };
}

export const EXAMPLE_STATUS_HISTORY: Readonly<Assessment['statusHistory']> = [
  {
    status: 'draft',
    by: PEOPLE.dpo,
    at: '2026-01-12T09:15:00+01:00',
    note: `Reprise dans l'éditeur de la version 1.2 (juin 2025), pour le dossier de renouvellement de l'autorisation préfectorale. Inventaire des caméras refait sur le terrain du 5 au 16 janvier 2026.`,
  },
  {
    status: 'in-review',
    by: PEOPLE.dpo,
    at: '2026-03-09T17:30:00+01:00',
    note: `Transmise au service juridique et au RSSI pour évaluation, puis pour avis de la déléguée. Décision du maire attendue après le comité de pilotage du 7 avril 2026.`,
  },
];

/** Not decided yet: the mayor will decide once the reviews and the DPO's opinion are in. */
export const EXAMPLE_VALIDATION: Validation = {
  decision: null,
  by: PEOPLE.mayor,
  role: `Maire de ${TOWN.name}`,
  date: null,
  comment: '',
  openFindingsJustification: '',
};
