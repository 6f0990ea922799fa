// The four zones of the risk map: "high" means level 3 or 4, severity outranks likelihood.
import { describe, expect, it } from 'vitest';
import { riskZone } from '../../../core/risk/zone.ts';

describe('riskZone', () => {
  it.each([
    [1, 1, 'low'],
    [2, 2, 'low'],
    [1, 3, 'moderate'],
    [2, 4, 'moderate'],
    [3, 1, 'significant'],
    [4, 2, 'significant'],
    [3, 3, 'high'],
    [4, 4, 'high'],
  ] as const)('severity %i and likelihood %i fall in the %s zone', (severity, likelihood, zone) => {
    expect(riskZone(severity, likelihood)).toBe(zone);
  });
});
