// The one count of findings every surface shows (navigation, findings page, validation card, CLI, Word), with the
// missing answers it includes said apart, and the findings grouped by the section of the template they point to.
import type { Template } from '../template/schema.ts';
import type { Finding, FindingLocation, Severity } from './finding.ts';

/** The rule that reports a required answer left empty. */
export const MISSING_ANSWER_RULE = 'completeness.required-answer';

export const isMissingAnswer = (finding: Pick<Finding, 'id'>): boolean => finding.id === MISSING_ANSWER_RULE;

export interface FindingSummary {
  /** Every finding, by severity: the figure every surface shows. */
  error: number;
  warning: number;
  info: number;
  total: number;
  /** Of the errors, how many are required answers left empty (« 40 erreurs, dont 34 réponses manquantes »). */
  missingAnswers: number;
}

/** Counts once; a surface that shows fewer (e.g. without missing answers) says so from `missingAnswers`. */
export function summarizeFindings(findings: readonly Pick<Finding, 'id' | 'severity'>[]): FindingSummary {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0, total: 0, missingAnswers: 0 };
  for (const finding of findings) {
    summary[finding.severity] += 1;
    summary.total += 1;
    if (finding.severity === 'error' && isMissingAnswer(finding)) summary.missingAnswers += 1;
  }
  return summary;
}

/** The section id of the template a location belongs to, or `null` for the assessment's own fields. */
export type SectionOf = (location: FindingLocation) => string | null;

const SECTION_INDEX = new WeakMap<Template, SectionOf>();

/** Maps a location to its template section; built once per template. */
export function sectionIndex(template: Template): SectionOf {
  const known = SECTION_INDEX.get(template);
  if (known) return known;
  const byId = new Map<string, string>();
  const byRegister = new Map<string, string>();
  for (const section of template.sections) {
    for (const item of section.items) {
      if (!byId.has(item.id)) byId.set(item.id, section.id);
      for (const question of item.questions) {
        if (!byId.has(question.id)) byId.set(question.id, section.id);
        if (!byRegister.has(question.type)) byRegister.set(question.type, section.id);
      }
    }
  }
  const register = { camera: 'cameras', risk: 'risks', measure: 'measures' } as const;
  const sectionOf: SectionOf = (location) => {
    switch (location.kind) {
      case 'question':
      case 'item':
        return byId.get(location.id) ?? null;
      case 'camera':
      case 'risk':
      case 'measure':
        return byRegister.get(register[location.kind]) ?? null;
      case 'assessment':
        return null;
    }
  };
  SECTION_INDEX.set(template, sectionOf);
  return sectionOf;
}

export interface FindingFilter {
  /** Empty: every severity. */
  severities?: readonly Severity[];
  /** A section id; `''` or undefined: every section; `null`-like assessment fields match `ASSESSMENT_SECTION`. */
  section?: string;
}

/** The pseudo-section of findings about the assessment's own fields (opinions, validation). */
export const ASSESSMENT_SECTION = '@assessment';

export function filterFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
  template: Template,
): Finding[] {
  const sectionOf = sectionIndex(template);
  const severities = filter.severities && filter.severities.length > 0 ? new Set(filter.severities) : null;
  return findings.filter(
    (f) =>
      (!severities || severities.has(f.severity)) &&
      (!filter.section || (sectionOf(f.location) ?? ASSESSMENT_SECTION) === filter.section),
  );
}

/** One line of the findings page: a finding, or the missing answers of one section folded together. */
export type FindingRow =
  | { kind: 'finding'; finding: Finding }
  | { kind: 'missing-answers'; sectionId: string | null; findings: Finding[] };

/**
 * The findings as the page lists them, in their order, with each section's missing answers folded into one
 * group placed where the first of them stood.
 */
export function findingRows(findings: readonly Finding[], template: Template): FindingRow[] {
  const sectionOf = sectionIndex(template);
  const rows: FindingRow[] = [];
  const groups = new Map<string, Extract<FindingRow, { kind: 'missing-answers' }>>();
  for (const finding of findings) {
    if (!isMissingAnswer(finding)) {
      rows.push({ kind: 'finding', finding });
      continue;
    }
    const sectionId = sectionOf(finding.location);
    const key = sectionId ?? ASSESSMENT_SECTION;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else {
      const created = { kind: 'missing-answers' as const, sectionId, findings: [finding] };
      groups.set(key, created);
      rows.push(created);
    }
  }
  return rows;
}
