// Files attached to the examples: two short texts for the showcase, five 1 MiB documents for the benchmark.
import type { AttachmentMeta } from '../model/assessment.ts';
import { randomBytes } from './random.ts';
import type { Rng } from './random.ts';
import { typesetSource } from './typography.ts';
import { PEOPLE } from './town.ts';

/** An attachment before hashing: its metadata without id, hash and size, and its bytes. */
export interface AttachmentInput extends Omit<AttachmentMeta, 'id' | 'sha256' | 'size'> {
  bytes: Uint8Array;
}

const GIFT_AGREEMENT = `CONVENTION DE DON — EXTRAIT DES CLAUSES UTILES À L'ANALYSE D'IMPACT
Commune de Valmont-sur-Escaut / Sinovista Technologies France SAS
Signée le 19 septembre 2017 — délibération du conseil municipal n° 2017-112 du 14 septembre 2017

Article 2 — Objet
Le donateur remet gratuitement à la commune 240 caméras, deux serveurs d'analyse vidéo et les licences des logiciels associés (lecture de plaques, détection d'événements, comptage et suivi), pour une valeur déclarée de 2 100 000 € HT.

Article 4 — Propriété
La propriété des équipements est transférée à la commune à la signature du procès-verbal de réception.

Article 6 — Maintenance
Le donateur assure gratuitement la maintenance pendant cinq ans à compter de la réception. Il dispose à cette fin d'un accès technique permanent aux équipements.

Article 7 — Données techniques
Le donateur peut collecter les données techniques de fonctionnement des équipements en vue de l'amélioration de ses produits.

Article 9 — Communication
La commune autorise le donateur à faire état de la présente opération et à organiser, en accord avec elle, des visites du centre de supervision urbaine.

Article 11 — Durée
La convention prend fin à l'expiration de la période de maintenance gratuite. Les articles 7 et 9 survivent à son terme.

Observation de la déléguée à la protection des données (janvier 2026) : les articles 6, 7 et 9 sont à renégocier ; aucune clause ne prévoit la sortie ni le sort des données collectées par le donateur.
`;

const REQUISITION_DELAYS = `mois;requisitions;extractions;delai_moyen_jours;part_sous_15_jours;part_sous_21_jours
2025-01;48;34;5,8;92 %;98 %
2025-02;44;31;6,1;90 %;97 %
2025-03;52;37;6,0;91 %;97 %
2025-04;50;35;5,7;93 %;98 %
2025-05;55;39;6,3;90 %;96 %
2025-06;58;41;6,4;89 %;96 %
2025-07;61;43;6,9;89 %;96 %
2025-08;47;33;5,2;93 %;98 %
2025-09;53;37;5,9;91 %;97 %
2025-10;49;35;6,0;91 %;97 %
2025-11;46;32;5,8;92 %;97 %
2025-12;49;34;5,9;91 %;97 %
total;612;431;6,0;91 %;97 %
`;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(typesetSource(text));

/** The showcase's attachments: evidence the DPO cites in the answers. */
export function exampleAttachmentInputs(): AttachmentInput[] {
  return [
    {
      name: 'convention-de-don-2017.txt',
      mediaType: 'text/plain',
      bytes: utf8(GIFT_AGREEMENT),
      addedBy: PEOPLE.dpo,
      addedAt: '2026-01-20T10:12:00+01:00',
      questionId: 'modules.donation-agreement',
      description:
        'Extrait des clauses de la convention de don de 2017 utiles à l’analyse, avec l’observation de la déléguée.',
    },
    {
      name: 'delais-requisitions-2025.csv',
      mediaType: 'text/csv',
      bytes: utf8(REQUISITION_DELAYS),
      addedBy: 'M. Olivier Desmet',
      addedAt: '2026-02-04T14:30:00+01:00',
      questionId: 'principles.retention',
      description:
        'Délai entre les faits et la réquisition, par mois de 2025, tiré du registre des extractions.',
    },
  ];
}

export const MEBIBYTE = 1024 * 1024;

/** The benchmark's five 1 MiB documents: reproducible bytes behind a PDF header. */
export function largeAttachmentInputs(rng: Rng): AttachmentInput[] {
  const documents: [string, string | null, string][] = [
    [
      'arrete-prefectoral-2021.pdf',
      'prescreening.authorisation-reference',
      'Arrêté préfectoral n° 2021-VP-0147',
    ],
    [
      'convention-de-don-2017.pdf',
      'modules.donation-agreement',
      'Convention de don signée, avec ses annexes',
    ],
    [
      'inventaire-cameras-janvier-2026.pdf',
      'context.cameras',
      'Fiches de relevé de l’inventaire de janvier 2026',
    ],
    ['audit-securite-reseau-2023.pdf', 'measures.network', 'Rapport d’audit de sécurité du réseau vidéo'],
    ['plan-implantation-cameras.pdf', null, 'Plan d’implantation des caméras par secteur'],
  ];
  return documents.map(([name, questionId, description], i) => {
    const bytes = randomBytes(rng, MEBIBYTE);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n%'));
    return {
      name,
      mediaType: 'application/pdf',
      bytes,
      addedBy: PEOPLE.dpo,
      addedAt: `2026-01-${String(20 + i).padStart(2, '0')}T09:00:00+01:00`,
      questionId,
      description,
    };
  });
}
