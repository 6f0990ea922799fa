// Remedies for plate reading and dormant capabilities: plan the catalogue measure that removes or neutralises them,
// which is also how the body proves a dormant function is not used (CE, 21 Dec. 2023, no. 489990).
import type { Remedy } from './remedy.ts';
import { planMeasure } from './remedy.ts';

/** « Pas de LAPI municipale », « Reconnaissance faciale et analyses neutralisées », « Son désactivé ». */
export const NO_MUNICIPAL_LAPI = 'M6';
export const NEUTRALISED_ANALYTICS = 'M5';
export const SOUND_DISABLED = 'M4';

export const CAPABILITY_REMEDIES: readonly Remedy[] = [
  {
    id: 'lapi.add-removal-measure',
    rules: ['csu.lapi.municipal'],
    label: {
      fr: 'Ajouter au plan d’action la mesure « Pas de LAPI municipale », liée au risque de suivi des véhicules',
      en: 'Add the “No municipal ANPR” measure to the action plan, linked to the vehicle-tracking risk',
    },
    ...planMeasure(NO_MUNICIPAL_LAPI),
  },
  {
    id: 'dormant.add-neutralisation-measure',
    rules: ['csu.biometrics.dormant', 'csu.analytics.dormant'],
    label: {
      fr: 'Ajouter au plan d’action la mesure « Reconnaissance faciale et analyses neutralisées » (preuve de la désactivation)',
      en: 'Add the “Facial recognition and analytics neutralised” measure to the action plan (proof of deactivation)',
    },
    ...planMeasure(NEUTRALISED_ANALYTICS),
  },
  {
    id: 'audio.add-measure',
    rules: ['csu.audio.dormant'],
    label: {
      fr: 'Ajouter au plan d’action la mesure « Son désactivé », liée au risque de captation sonore',
      en: 'Add the “Sound disabled” measure to the action plan, linked to the sound-capture risk',
    },
    ...planMeasure(SOUND_DISABLED),
  },
];
