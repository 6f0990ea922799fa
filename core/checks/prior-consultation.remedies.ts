// Remedy for a prior consultation of the CNIL that the checks find due (GDPR 36, LIL 90): record the controller's
// decision to consult and put the referral in the action plan.
import { setAnswer } from '../assessment/edits.ts';
import { Q } from './context.ts';
import type { Remedy } from './remedy.ts';
import { addDays, catalogueMeasureEdit, chain, hasCatalogueMeasure } from './remedy.ts';

/** Catalogue action « Consultation préalable de la CNIL ». */
export const PRIOR_CONSULTATION_REFERRAL = 'M37';

export const PRIOR_CONSULTATION_REMEDIES: readonly Remedy[] = [
  {
    id: 'prior-consultation.declare-and-plan',
    rules: ['csu.prior-consultation.required'],
    label: {
      fr: 'Indiquer que la CNIL doit être consultée et ajouter « Saisir la CNIL » au plan d’action, sous 30 jours',
      en: 'Record that the CNIL must be consulted and add “Refer to the CNIL” to the action plan, within 30 days',
    },
    confirm: {
      fr: 'Le responsable du traitement décide-t-il de consulter la CNIL avant la mise en œuvre ?',
      en: 'Does the controller decide to consult the CNIL before the processing starts?',
    },
    available: hasCatalogueMeasure(PRIOR_CONSULTATION_REFERRAL),
    action: {
      kind: 'edit',
      edit: (ctx) => {
        const current = ctx.assessment.answers[Q.priorConsultation];
        const comment = current?.type === 'choice' ? current.comment : undefined;
        return chain(
          setAnswer(Q.priorConsultation, {
            type: 'choice',
            optionId: 'required',
            ...(comment === undefined ? {} : { comment }),
          }),
          catalogueMeasureEdit(PRIOR_CONSULTATION_REFERRAL, ctx, { deadline: addDays(ctx.asOf, 30) }),
        );
      },
    },
  },
];
