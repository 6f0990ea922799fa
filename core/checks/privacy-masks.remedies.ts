// Remedies for cameras filming near homes without masks (CSI L251-3): plan the masking measure, or record masks
// the user has configured.
import type { Remedy } from './remedy.ts';
import { planMeasure } from './remedy.ts';

/** Catalogue measure « Masques de confidentialité », which treats the voyeurism risk. */
export const MASKING_MEASURE = 'M1';

export const PRIVACY_MASK_REMEDIES: readonly Remedy[] = [
  {
    id: 'masks.add-measure',
    rules: ['csu.privacy-masks.near-homes'],
    label: {
      fr: 'Ajouter au plan d’action la mesure « Masques de confidentialité », liée au risque de voyeurisme (responsable et échéance à renseigner)',
      en: 'Add the “Privacy masks” measure to the action plan, linked to the voyeurism risk (owner and deadline to fill in)',
    },
    ...planMeasure(MASKING_MEASURE),
  },
  {
    id: 'masks.set-dynamic',
    rules: ['csu.privacy-masks.near-homes'],
    label: {
      fr: 'Indiquer des masques dynamiques sur les caméras concernées',
      en: 'Record dynamic masks on the cameras concerned',
    },
    confirm: {
      fr: 'Des masques dynamiques sont-ils bien configurés sur ces caméras ?',
      en: 'Are dynamic masks actually configured on these cameras?',
    },
    action: {
      kind: 'edit',
      edit: () => (assessment) => ({
        ...assessment,
        cameras: assessment.cameras.map((c) =>
          c.nearHomes && c.privacyMasks === 'none' ? { ...c, privacyMasks: 'dynamic' } : c,
        ),
      }),
    },
  },
];
