// Vidéoverbalisation: live, human, for the offences of the Highway Code's art. R121-6 and illegal dumping only; the procedure is written.
import { Q, type Rule } from './context.ts';

export const checkVideoverbalisation: Rule = (ctx) => {
  if (ctx.boolean(Q.videoverbalisation) !== true || ctx.question(Q.videoverbalisationProcedure) === undefined)
    return [];
  if (ctx.text(Q.videoverbalisationProcedure) !== '') return [];
  return [
    ctx.finding('csu.videoverbalisation.procedure', ctx.questionLocation(Q.videoverbalisationProcedure)),
  ];
};
