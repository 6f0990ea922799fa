// Remedies for the vendor's remote access (GDPR 28, 32): plan supervised remote maintenance, or record that access
// now goes through a bastion on request when the user confirms it; unknown transfers need the user's answer.
import { setAnswer } from '../assessment/edits.ts';
import { Q } from './context.ts';
import type { Remedy } from './remedy.ts';
import { openQuestion, planMeasure } from './remedy.ts';

/** Catalogue measure « Télémaintenance encadrée », which treats the vendor-access risk. */
export const SUPERVISED_REMOTE_MAINTENANCE = 'M17';

export const VENDOR_REMEDIES: readonly Remedy[] = [
  {
    id: 'vendor.add-bastion-measure',
    rules: ['csu.vendor.permanent-access'],
    label: {
      fr: 'Ajouter au plan d’action la mesure « Télémaintenance encadrée » (bastion, accès sur demande), liée au risque d’accès du fournisseur',
      en: 'Add the “Supervised remote maintenance” measure (bastion, access on request) to the action plan, linked to the vendor-access risk',
    },
    ...planMeasure(SUPERVISED_REMOTE_MAINTENANCE),
  },
  {
    id: 'vendor.set-on-request',
    rules: ['csu.vendor.permanent-access'],
    label: {
      fr: 'Répondre « sur demande, par un bastion » à la question sur l’accès du fournisseur',
      en: 'Answer “on request, through a bastion” to the question on vendor access',
    },
    confirm: {
      fr: 'L’accès à distance du fournisseur est-il bien fermé par défaut et ouvert sur demande, par un bastion ?',
      en: 'Is the vendor’s remote access really closed by default and opened on request, through a bastion?',
    },
    available: (_assessment, template) =>
      template.sections.some((s) =>
        s.items.some((i) =>
          i.questions.some(
            (q) => q.id === Q.vendorRemoteAccess && q.options?.some((o) => o.id === 'on-request-bastion'),
          ),
        ),
      ),
    action: {
      kind: 'edit',
      edit: () => (assessment) => {
        const current = assessment.answers[Q.vendorRemoteAccess];
        const comment = current?.type === 'choice' ? current.comment : undefined;
        return setAnswer(Q.vendorRemoteAccess, {
          type: 'choice',
          optionId: 'on-request-bastion',
          ...(comment === undefined ? {} : { comment }),
        })(assessment);
      },
    },
  },
  {
    id: 'transfers.answer',
    rules: ['csu.transfers.unknown'],
    label: {
      fr: 'Ouvrir la question sur les transferts hors de l’Union européenne',
      en: 'Open the question on transfers outside the European Union',
    },
    action: openQuestion(Q.transfers),
  },
];
