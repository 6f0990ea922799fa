// One constructor for each entity a user or an import adds: a blank risk, measure or camera, or one from the
// template's catalogue. The editor, the CNIL import and the CSV import all start from these.
import type { Camera, Measure, Risk } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import type { FearedEvent } from '../model/vocabulary.ts';
import type { CatalogueMeasure, CatalogueRisk } from '../template/schema.ts';

const emptyRating = () => ({
  severity: null,
  severityJustification: '',
  likelihood: null,
  likelihoodJustification: '',
});

export function blankRisk(id: string, title: string, fearedEvent: FearedEvent = 'other'): Risk {
  return {
    id,
    title,
    description: '',
    fearedEvent,
    catalogueRef: null,
    sources: [],
    threats: [],
    impacts: [],
    measureIds: [],
    initial: emptyRating(),
    residual: emptyRating(),
  };
}

export function blankMeasure(id: string, title: string): Measure {
  return {
    id,
    title,
    description: '',
    category: 'organisational',
    state: 'planned',
    catalogueRef: null,
    owner: '',
    deadline: null,
    cost: null,
    difficulty: null,
    progress: 0,
  };
}

/** A planned measure from the template's catalogue, in the document's language. */
export function measureFromCatalogue(entry: CatalogueMeasure, id: string, language: Language): Measure {
  return {
    ...blankMeasure(id, entry.title[language]),
    description: entry.description[language],
    category: entry.category,
    catalogueRef: entry.id,
  };
}

/** A risk from the catalogue, linked to the register's measures that come from the catalogue measures it names. */
export function riskFromCatalogue(
  entry: CatalogueRisk,
  id: string,
  language: Language,
  measures: readonly Measure[],
): Risk {
  const wanted = new Set(entry.measures);
  return {
    ...blankRisk(id, entry.title[language], entry.fearedEvents[0] ?? 'other'),
    catalogueRef: entry.id,
    sources: entry.sources.map((s) => s[language]),
    threats: entry.threats.map((s) => s[language]),
    impacts: entry.impacts.map((s) => s[language]),
    measureIds: measures
      .filter((m) => m.catalogueRef !== null && wanted.has(m.catalogueRef))
      .map((m) => m.id),
  };
}

export function blankCamera(id: string, code: string): Camera {
  return {
    id,
    code,
    location: '',
    type: 'fixed',
    purposes: [],
    nearHomes: false,
    privacyMasks: 'none',
    hours: '',
    audio: 'absent',
    analytics: 'absent',
    facialRecognition: 'absent',
    lapi: 'absent',
    make: '',
    model: '',
    firmware: '',
    owner: '',
    donor: '',
    signage: '',
    authorisationReference: '',
    authorisationExpiry: null,
    notes: '',
  };
}
