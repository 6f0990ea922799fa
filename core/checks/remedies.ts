// Every remedy of the checks, in the order of the rules they serve; each is defined next to its rule.
import { AUTHORISATION_REMEDIES } from './authorisation.remedies.ts';
import { CAPABILITY_REMEDIES } from './capabilities.remedies.ts';
import { OPEN_FIELD_REMEDIES } from './completeness.remedies.ts';
import { PRIOR_CONSULTATION_REMEDIES } from './prior-consultation.remedies.ts';
import { PRIVACY_MASK_REMEDIES } from './privacy-masks.remedies.ts';
import type { Remedy } from './remedy.ts';
import { RETENTION_REMEDIES } from './retention.remedies.ts';
import { VENDOR_REMEDIES } from './vendor-access.remedies.ts';

export const REMEDIES: readonly Remedy[] = [
  ...OPEN_FIELD_REMEDIES,
  ...RETENTION_REMEDIES,
  ...CAPABILITY_REMEDIES,
  ...PRIVACY_MASK_REMEDIES,
  ...AUTHORISATION_REMEDIES,
  ...VENDOR_REMEDIES,
  ...PRIOR_CONSULTATION_REMEDIES,
];

export const REMEDY_BY_ID: ReadonlyMap<string, Remedy> = new Map(REMEDIES.map((r) => [r.id, r]));
