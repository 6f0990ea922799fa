// Findings as the Word export prints them: one language, and a location a reader understands.
import type { ExportFinding } from '../model/export-records.ts';
import type { Language } from '../model/localized.ts';
import type { Template } from '../template/schema.ts';
import { TERMS } from './terms.ts';
import { frenchTypography } from '../markdown/french-typography.ts';
import type { Finding, FindingLocation } from './finding.ts';

/** « Contexte › Durée de conservation », « Caméra CAM-042 », « Risque « Voyeurisme » »… */
export function locationText(location: FindingLocation, language: Language, template: Template): string {
  const text = placeOf(location, language, template);
  return language === 'fr' ? frenchTypography(text) : text;
}

interface Place {
  section: { fr: string; en: string };
  label: { fr: string; en: string };
}

/** Items and questions by id, built once per template: a lookup per finding must not rescan the template. */
const PLACES = new WeakMap<Template, { items: Map<string, Place>; questions: Map<string, Place> }>();

function placesOf(template: Template): { items: Map<string, Place>; questions: Map<string, Place> } {
  const known = PLACES.get(template);
  if (known) return known;
  const places = { items: new Map<string, Place>(), questions: new Map<string, Place>() };
  for (const section of template.sections) {
    for (const item of section.items) {
      // The first of a repeated id wins, as with the scan this replaces.
      if (!places.items.has(item.id))
        places.items.set(item.id, { section: section.title, label: item.title });
      for (const question of item.questions)
        if (!places.questions.has(question.id))
          places.questions.set(question.id, { section: section.title, label: question.label });
    }
  }
  PLACES.set(template, places);
  return places;
}

function placeOf(location: FindingLocation, language: Language, template: Template): string {
  const local = (text: { fr: string; en: string }): string => text[language];
  switch (location.kind) {
    case 'question':
    case 'item': {
      const { items, questions } = placesOf(template);
      const place =
        (location.kind === 'item' ? items.get(location.id) : undefined) ?? questions.get(location.id);
      if (!place) return location.id;
      return `${local(place.section)} › ${local(place.label)}`;
    }
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
  return language === 'fr'
    ? frenchTypography(`${place} (${cameras} caméras)`)
    : `${place} (${cameras} cameras)`;
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
