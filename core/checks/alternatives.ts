// Less intrusive alternatives: not studying them was one of the CNIL's findings against Valenciennes (2021).
import { Q, wordCount, type Rule } from './context.ts';

/** Fewer words than this cannot name an alternative and say why it was not enough. */
const MIN_WORDS = 20;

export const checkAlternatives: Rule = (ctx) => {
  if (ctx.question(Q.alternatives) === undefined) return [];
  if (wordCount(ctx.text(Q.alternatives)) >= MIN_WORDS) return [];
  return [ctx.finding('csu.alternatives.not-studied', ctx.questionLocation(Q.alternatives))];
};
