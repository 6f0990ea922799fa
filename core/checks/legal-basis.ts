// Legal basis: public-interest task (GDPR 6(1)(e)) or LIL 87; the CNIL rejects legal obligation and consent.
import { localizedList, Q, type Rule } from './context.ts';

const REJECTED = ['gdpr-6-1-c', 'consent'];

export const checkLegalBasis: Rule = (ctx) => {
  const rejected = ctx.multichoice(Q.legalBasis).filter((id) => REJECTED.includes(id));
  if (rejected.length === 0) return [];
  return [
    ctx.finding('csu.legal-basis.rejected', ctx.questionLocation(Q.legalBasis), {
      bases: localizedList(rejected.map((id) => ctx.optionLabel(Q.legalBasis, id))),
    }),
  ];
};
