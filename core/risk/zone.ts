// The four zones of the risk map, from the treatment rule of the CNIL's 2012 method: "high" means level 3 or 4.
import type { Level } from '../model/assessment.ts';

export type RiskZone = 'low' | 'moderate' | 'significant' | 'high';

/** Zones in increasing order of concern, as the legend lists them. */
export const RISK_ZONES: readonly RiskZone[] = ['low', 'moderate', 'significant', 'high'];

/**
 * High severity outranks high likelihood: a grave but unlikely event must still be prevented, while a likely
 * but minor one is a matter of reducing its likelihood.
 */
export function riskZone(severity: Level, likelihood: Level): RiskZone {
  const highSeverity = severity >= 3;
  const highLikelihood = likelihood >= 3;
  if (highSeverity && highLikelihood) return 'high';
  if (highSeverity) return 'significant';
  if (highLikelihood) return 'moderate';
  return 'low';
}
