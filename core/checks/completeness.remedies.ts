// Remedies that open a field: what only the DPO, the controller or the owner of a measure can write.
import { Q } from './context.ts';
import type { Remedy } from './remedy.ts';
import { openFindingPlace, openQuestion } from './remedy.ts';

export const OPEN_FIELD_REMEDIES: readonly Remedy[] = [
  {
    id: 'measure.complete',
    rules: ['completeness.planned-measure', 'completeness.measure-overdue'],
    label: {
      fr: 'Ouvrir la mesure pour en fixer le responsable et l’échéance',
      en: 'Open the measure to set its owner and deadline',
    },
    action: openFindingPlace,
  },
  {
    id: 'dpo-opinion.write',
    rules: ['quality.dpo-opinion'],
    label: {
      fr: 'Ouvrir l’avis du délégué à la protection des données',
      en: 'Open the data protection officer’s opinion',
    },
    action: openFindingPlace,
  },
  {
    id: 'data-subjects.write',
    rules: ['quality.data-subjects-views'],
    label: { fr: 'Ouvrir l’avis des personnes concernées', en: 'Open the data subjects’ views' },
    action: openFindingPlace,
  },
  {
    id: 'access.describe',
    rules: ['csu.access.procedure'],
    label: {
      fr: 'Ouvrir la procédure d’accès aux images',
      en: 'Open the procedure for access to the images',
    },
    action: openQuestion(Q.access),
  },
  {
    id: 'alternatives.describe',
    rules: ['csu.alternatives.not-studied', 'csu.proportionality.no-evidence'],
    label: { fr: 'Ouvrir la question concernée', en: 'Open the question concerned' },
    action: openFindingPlace,
  },
];
