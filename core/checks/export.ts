// Findings as the Word export prints them: one language, and a location a reader understands.
import type { ExportFinding } from '../model/export-records.ts';
import type { Language } from '../model/localized.ts';
import type { Template } from '../template/schema.ts';
import { TERMS, typesetFrench } from './catalogue.ts';
import type { Finding, FindingLocation } from './finding.ts';

/** « Contexte › Durée de conservation », « Caméra CAM-042 », « Risque « Voyeurisme » »… */
export function locationText(location: FindingLocation, language: Language, template: Template): string {
  const text = placeOf(location, language, template);
  return language === 'fr' ? typesetFrench(text) : text;
}

function placeOf(location: FindingLocation, language: Language, template: Template): string {
  const local = (text: { fr: string; en: string }): string => text[language];
  switch (location.kind) {
    case 'question':
    case 'item':
      for (const section of template.sections) {
        for (const item of section.items) {
          if (location.kind === 'item' && item.id === location.id) {
            return `${local(section.title)} › ${local(item.title)}`;
          }
          const question = item.questions.find((q) => q.id === location.id);
          if (question) return `${local(section.title)} › ${local(question.label)}`;
        }
      }
      return location.id;
    case 'camera':
    case 'risk':
    case 'measure': {
      const label = location.label ?? location.id;
      const name = local(TERMS[location.kind]);
      return location.kind === 'camera'
        ? `${name} ${label}`
        : language === 'fr'
          ? `${name} « ${label} »`
          : `${name} "${label}"`;
    }
    case 'assessment': {
      const field = TERMS[location.id as keyof typeof TERMS] as { fr: string; en: string } | undefined;
      return field ? local(field) : location.id;
    }
  }
}

/** Where a finding points, for a reader: its location, and how many cameras a grouped finding concerns. */
export function findingPlace(finding: Finding, language: Language, template: Template): string {
  const place = locationText(finding.location, language, template);
  const cameras = finding.related.filter((r) => r.kind === 'camera').length;
  if (cameras <= 1 || finding.location.kind === 'camera') return place;
  return language === 'fr' ? typesetFrench(`${place} (${cameras} caméras)`) : `${place} (${cameras} cameras)`;
}

/** Maps findings to the shape the Word exporter takes, in the export's language. */
export function findingsForExport(
  findings: readonly Finding[],
  language: Language,
  template: Template,
): ExportFinding[] {
  return findings.map((finding) => ({
    id: finding.id,
    severity: finding.severity,
    message: finding.message[language],
    legalRef: finding.legalRef[language],
    location: findingPlace(finding, language, template),
  }));
}
