// The changes a user can make to an assessment, as pure functions: each returns a new assessment sharing
// everything it did not touch, so the editor's memoised components skip what did not change.
import type {
  Answer,
  Assessment,
  Camera,
  Evaluation,
  Measure,
  Opinions,
  Risk,
  Validation,
  Meta,
} from '../model/assessment.ts';
import type { CatalogueMeasure, CatalogueRisk } from '../template/schema.ts';
import type { Language } from '../model/localized.ts';
import { measureFromCatalogue, riskFromCatalogue } from './blank-entities.ts';

/** One change to an assessment: the new assessment, or the same object when nothing changed. */
export type Edit = (assessment: Assessment) => Assessment;

export const setAnswer =
  (questionId: string, answer: Answer): Edit =>
  (a) =>
    a.answers[questionId] === answer ? a : { ...a, answers: { ...a.answers, [questionId]: answer } };

export const setMeta =
  (patch: Partial<Meta>): Edit =>
  (a) => ({ ...a, meta: { ...a.meta, ...patch } });

export const setEvaluation =
  (itemId: string, evaluation: Evaluation | null): Edit =>
  (a) => {
    const evaluations = { ...a.evaluations };
    if (evaluation) evaluations[itemId] = evaluation;
    else delete evaluations[itemId];
    return { ...a, evaluations };
  };

export const upsertCamera =
  (camera: Camera): Edit =>
  (a) => ({ ...a, cameras: upsert(a.cameras, camera) });

export const addCameras =
  (cameras: readonly Camera[]): Edit =>
  (a) =>
    cameras.length === 0 ? a : { ...a, cameras: [...a.cameras, ...cameras] };

/** Inserts a copy right after the original. */
export const duplicateCamera =
  (id: string, newId: string, code: string): Edit =>
  (a) => {
    const index = a.cameras.findIndex((c) => c.id === id);
    const original = a.cameras[index];
    if (!original) return a;
    const cameras = [...a.cameras];
    cameras.splice(index + 1, 0, { ...original, id: newId, code });
    return { ...a, cameras };
  };

export const deleteCameras =
  (ids: readonly string[]): Edit =>
  (a) => {
    const gone = new Set(ids);
    return { ...a, cameras: a.cameras.filter((c) => !gone.has(c.id)) };
  };

export const upsertRisk =
  (risk: Risk): Edit =>
  (a) => ({ ...a, risks: upsert(a.risks, risk) });

export const deleteRisk =
  (id: string): Edit =>
  (a) => ({ ...a, risks: a.risks.filter((r) => r.id !== id) });

export const upsertMeasure =
  (measure: Measure): Edit =>
  (a) => ({ ...a, measures: upsert(a.measures, measure) });

/** Removes the measure and its links from every risk. */
export const deleteMeasure =
  (id: string): Edit =>
  (a) => ({
    ...a,
    measures: a.measures.filter((m) => m.id !== id),
    risks: a.risks.map((r) =>
      r.measureIds.includes(id) ? { ...r, measureIds: r.measureIds.filter((m) => m !== id) } : r,
    ),
  });

export const setOpinions =
  (opinions: Opinions): Edit =>
  (a) => ({ ...a, opinions });

export const setValidation =
  (validation: Validation): Edit =>
  (a) => ({ ...a, validation });

function upsert<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  const index = list.findIndex((e) => e.id === entry.id);
  if (index < 0) return [...list, entry];
  if (list[index] === entry) return list as T[];
  const copy = [...list];
  copy[index] = entry;
  return copy;
}

export const addRiskFromCatalogue =
  (entry: CatalogueRisk, id: string, language: Language): Edit =>
  (a) => ({ ...a, risks: [...a.risks, riskFromCatalogue(entry, id, language, a.measures)] });

/** Adds the measure and links it to the register's risks that came from catalogue risks naming it. */
export const addMeasureFromCatalogue =
  (entry: CatalogueMeasure, id: string, language: Language, riskRefsUsingIt: ReadonlySet<string>): Edit =>
  (a) => ({
    ...a,
    measures: [...a.measures, measureFromCatalogue(entry, id, language)],
    risks: a.risks.map((r) =>
      r.catalogueRef !== null && riskRefsUsingIt.has(r.catalogueRef)
        ? { ...r, measureIds: [...r.measureIds, id] }
        : r,
    ),
  });
