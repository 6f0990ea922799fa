// Less intrusive alternatives and proportionality: not studying alternatives was one of the CNIL's findings against
// Valenciennes (2021). An answer must name a concrete alternative, and rest on objective elements (figures, places,
// periods); a long general sentence does neither.
import type { Finding } from './finding.ts';
import { Q, type CheckContext, type Rule } from './context.ts';
import { hasObjectiveElement, mentions, type SignalFamily } from './text-signals.ts';

/** What a less intrusive solution looks like on the ground. */
const CONCRETE_ALTERNATIVES: SignalFamily = [
  'eclairage',
  'lumiere',
  'presence humaine',
  'patrouill',
  'ilotage',
  'mediat',
  'gardien',
  'amenagement',
  'reamenagement',
  'mobilier',
  'cloture',
  'fermeture',
  'grille',
  'alarme',
  "controle d'acces",
  'vigile',
  'plage horaire',
  'plages horaires',
  'lighting',
  'patrol',
  'urban design',
  'fenc',
  'closing',
  'alarm',
  'access control',
  'guard',
  'opening hours',
];

function notStudied(ctx: CheckContext): Finding[] {
  if (ctx.question(Q.alternatives) === undefined) return [];
  if (mentions(ctx.text(Q.alternatives), CONCRETE_ALTERNATIVES)) return [];
  return [ctx.finding('csu.alternatives.not-studied', ctx.questionLocation(Q.alternatives))];
}

function withoutEvidence(ctx: CheckContext): Finding[] {
  return [Q.proportionality, Q.alternatives].flatMap((id) => {
    const question = ctx.question(id);
    const text = ctx.text(id);
    if (question === undefined || text === '' || hasObjectiveElement(text)) return [];
    return [
      ctx.finding('csu.proportionality.no-evidence', ctx.questionLocation(id), { question: question.label }),
    ];
  });
}

export const checkAlternatives: Rule = (ctx) => [...notStudied(ctx), ...withoutEvidence(ctx)];
