// A record of processing as a table: which column holds which field, which row is which processing, and the search
// the user types to find the row of the assessed processing.
import { normalise } from '../csv/camera-import.ts';
import type { RecordColumn } from '../model/assessment.ts';
import { RECORD_FIELDS, RECORD_FIELD_LABELS, type RecordField } from '../model/vocabulary.ts';
import { RECORD_LIMITS } from '../format/limits.ts';
import { cleanHeader } from './cells.ts';

const HEADER_ALIASES: Record<RecordField, readonly string[]> = {
  reference: ['ref', 'reference', 'referencedutraitement', 'numero', 'no', 'id', 'identifiant', 'code'],
  name: ['nom', 'name', 'traitement', 'intitule', 'processing', 'nomdutraitement', 'activite', 'activity'],
  controller: ['responsable', 'responsabledetraitement', 'controller', 'datacontroller', 'rt'],
  dpo: ['dpo', 'dpd', 'delegue', 'deleguealaprotectiondesdonnees', 'dataprotectionofficer'],
  purposes: ['finalites', 'finalite', 'purposes', 'purpose', 'objectifs', 'finalitesdutraitement'],
  'data-subjects': ['personnesconcernees', 'categoriesdepersonnes', 'datasubjects', 'personnes', 'subjects'],
  'data-categories': ['categoriesdedonnees', 'donnees', 'datacategories', 'personaldata', 'data'],
  recipients: ['destinataires', 'recipients', 'categoriesdedestinataires'],
  transfers: [
    'transferts',
    'transfertshorsue',
    'transfers',
    'transfertshorsunioneuropeenne',
    'thirdcountries',
  ],
  retention: ['durees', 'dureedeconservation', 'dureesdeconservation', 'conservation', 'retention'],
  'security-measures': ['mesuresdesecurite', 'securite', 'security', 'securitymeasures', 'mesures'],
};

/** For each column, the record field it most likely holds (or null); a field is used once at most. */
export function guessRecordMapping(headers: readonly string[]): (RecordField | null)[] {
  const aliases = new Map<string, RecordField>();
  for (const field of RECORD_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) aliases.set(alias, field);
    for (const language of ['fr', 'en'] as const)
      aliases.set(normalise(RECORD_FIELD_LABELS[field][language]), field);
  }
  const used = new Set<RecordField>();
  return headers.map((header) => {
    const field = aliases.get(normalise(header));
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/** Why a table cannot be a record: an i18n key under `record.problems`, with its values. */
export type TableProblem =
  | { key: 'empty' }
  | { key: 'too-many-rows'; count: number; limit: number }
  | { key: 'too-many-columns'; count: number; limit: number };

/** A table too large or without data rows is refused as a whole, before anything is shown. */
export function checkRecordTable(rows: readonly (readonly string[])[]): TableProblem | null {
  if (rows.length < 2) return { key: 'empty' };
  if (rows.length - 1 > RECORD_LIMITS.maxRows)
    return { key: 'too-many-rows', count: rows.length - 1, limit: RECORD_LIMITS.maxRows };
  const columns = Math.max(...rows.map((r) => r.length));
  if (columns > RECORD_LIMITS.maxColumns)
    return { key: 'too-many-columns', count: columns, limit: RECORD_LIMITS.maxColumns };
  return null;
}

/** The cell of a field in a row, raw; '' when the field is not mapped. */
export function cellOf(row: readonly string[], mapping: readonly (RecordField | null)[], field: RecordField) {
  const column = mapping.indexOf(field);
  return column < 0 ? '' : (row[column] ?? '');
}

/** The data rows (by index in `rows`, header excluded) whose reference or name contains every word typed. */
export function searchRecordRows(
  rows: readonly (readonly string[])[],
  mapping: readonly (RecordField | null)[],
  query: string,
): number[] {
  const words = query
    .split(/\s+/)
    .map(normalise)
    .filter((w) => w !== '');
  const found: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const haystack = normalise(`${cellOf(row, mapping, 'reference')} ${cellOf(row, mapping, 'name')}`);
    if (words.every((w) => haystack.includes(w))) found.push(i);
  }
  return found;
}

/** The layout remembered in the assessment: each header (cleaned, bounded) and the field the user gave it. */
export function recordColumns(
  headers: readonly string[],
  mapping: readonly (RecordField | null)[],
): RecordColumn[] {
  return headers
    .slice(0, RECORD_LIMITS.maxColumns)
    .map((header, i) => ({ header: cleanHeader(header), field: mapping[i] ?? null }));
}
