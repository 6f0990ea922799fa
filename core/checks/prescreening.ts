// Pre-screening: a CSU's DPIA is mandatory (GDPR 35(3)(c)), and the regime is stated for each purpose served.
import type { Finding } from './finding.ts';
import { localizedList, Q, type CheckContext, type Rule } from './context.ts';

function mandatory(ctx: CheckContext): Finding[] {
  const answer = ctx.choice(Q.dpiaRequired);
  if (answer !== 'not-required' && answer !== 'voluntary') return [];
  return [
    ctx.finding('csu.prescreening.dpia-mandatory', ctx.questionLocation(Q.dpiaRequired), {
      answer: ctx.optionLabel(Q.dpiaRequired, answer),
    }),
  ];
}

/** The regime table names purposes by the options `p1`…`p11` (CSI L251-2, 1° to 11°). */
function regimes(ctx: CheckContext): Finding[] {
  const answer = ctx.answer(Q.regimes);
  if (answer?.type !== 'table' || answer.rows.length === 0) return [];
  const stated = new Set(answer.rows.map((row) => row.cells.purpose ?? ''));
  const used = [...new Set(ctx.assessment.cameras.flatMap((c) => c.purposes))].sort((a, b) => a - b);
  const missing = used.filter((purpose) => !stated.has(`p${purpose}`));
  if (missing.length === 0) return [];
  return [
    ctx.finding('csu.regimes.purpose-missing', ctx.questionLocation(Q.regimes), {
      count: missing.length,
      purposes: localizedList(missing.map((n) => ({ fr: `${n}°`, en: `${n}°` }))),
    }),
  ];
}

export const checkPrescreening: Rule = (ctx) => [...mandatory(ctx), ...regimes(ctx)];
