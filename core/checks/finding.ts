// What the checks engine reports: a finding, where it points in the document, and how serious it is.
import type { LocalizedText } from '../model/localized.ts';

import { SEVERITIES, type Severity } from '../model/vocabulary.ts';

export { SEVERITIES, type Severity };

export const LOCATION_KINDS = ['question', 'item', 'camera', 'risk', 'measure', 'assessment'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/**
 * Where a finding points, so that the editor can take the user there. `id` is a question or item id of the
 * template, the id of a camera, risk or measure, or for `assessment` a field of the document
 * (`opinions.dpo`, `opinions.data-subjects`, `validation`). `label` is the camera code, risk or measure title.
 */
export interface FindingLocation {
  kind: LocationKind;
  id: string;
  label?: string;
}

export interface Finding {
  /** The rule that found it, stable across versions (e.g. `csu.lapi.municipal`). */
  id: string;
  severity: Severity;
  message: LocalizedText;
  /** The source of the rule, e.g. « CSI, art. L252-5 ». */
  legalRef: LocalizedText;
  location: FindingLocation;
  /** Every other place concerned, e.g. each camera of a finding grouped over the inventory. */
  related: FindingLocation[];
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Identifies one finding among those of the same rule: the rule id and the place it points to. */
export function findingKey(finding: Finding): string {
  return `${finding.id}@${finding.location.kind}:${finding.location.id}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
