// Camera inventory from a table (CSV or .xlsx, read by core/csv/table.ts and core/node/table-file.ts): guessing which
// column is which, reading each cell leniently (French or English, labels or codes), listing per-row errors.
import { z } from 'zod';
import { Camera, IsoDate } from '../model/assessment.ts';
import type { Capability, CameraField, CameraType, PrivacyMasks } from '../model/vocabulary.ts';
import { CAMERA_FIELDS, CAMERA_TYPES, CAPABILITIES, PRIVACY_MASKS } from '../model/vocabulary.ts';
import type { CameraCsvVocabulary } from './exports.ts';
import { DEFAULT_LIMITS } from '../format/limits.ts';

/** The words for fields and values in one language (the shared vocabulary's, see `cameraCsvVocabulary`). */
export type CameraVocabulary = CameraCsvVocabulary;

/** Lower case, no accents, no punctuation or spaces: « Près d’habitations » → "presdhabitations". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_ALIASES: Record<CameraField, readonly string[]> = {
  code: ['code', 'id', 'identifiant', 'reference', 'ref', 'camera', 'numero', 'label', 'name', 'nom'],
  location: ['emplacement', 'location', 'adresse', 'address', 'lieu', 'site', 'localisation', 'position'],
  type: ['type', 'typedecamera', 'cameratype', 'modeledecamera'],
  purposes: ['finalites', 'finalite', 'purposes', 'purpose', 'l2512', 'finalitesl2512'],
  nearHomes: ['presdhabitations', 'proximitehabitations', 'habitations', 'nearhomes', 'homes', 'nearhome'],
  privacyMasks: ['masques', 'masquage', 'masquesdeconfidentialite', 'privacymasks', 'masks', 'masking'],
  hours: ['horaires', 'heures', 'hours', 'plagehoraire', 'recordinghours'],
  audio: ['audio', 'son', 'micro', 'microphone', 'sound'],
  analytics: ['analytique', 'analyses', 'analyse', 'analytics', 'videoanalyse', 'vsa'],
  facialRecognition: ['reconnaissancefaciale', 'facialrecognition', 'biometrie', 'biometrics', 'facial'],
  lapi: ['lapi', 'anpr', 'lpr', 'alpr'],
  make: ['marque', 'make', 'fabricant', 'manufacturer', 'brand', 'constructeur'],
  model: ['modele', 'model'],
  firmware: ['firmware', 'micrologiciel', 'versionfirmware'],
  owner: ['proprietaire', 'owner'],
  donor: ['donateur', 'donor', 'don', 'donation'],
  signage: ['signalisation', 'panneau', 'panneaux', 'signage', 'sign', 'signs'],
  authorisationReference: [
    'autorisation',
    'arrete',
    'arreteprefectoral',
    'authorisation',
    'authorization',
    'authorisationreference',
  ],
  authorisationExpiry: [
    'expiration',
    'echeance',
    'finautorisation',
    'expiry',
    'authorisationexpiry',
    'expirationdate',
  ],
  notes: ['notes', 'note', 'remarques', 'commentaire', 'commentaires', 'comments', 'comment'],
};

/** For each CSV column, the camera field it most likely holds (or null); a field is used once at most. */
export function guessMapping(
  headers: readonly string[],
  vocabularies: readonly CameraVocabulary[],
): (CameraField | null)[] {
  const aliases = new Map<string, CameraField>();
  for (const field of CAMERA_FIELDS) {
    for (const alias of HEADER_ALIASES[field]) aliases.set(alias, field);
    for (const v of vocabularies) aliases.set(normalise(v.fields[field]), field);
  }
  const used = new Set<CameraField>();
  return headers.map((header) => {
    const field = aliases.get(normalise(header));
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

export interface RowError {
  /** The line of the file, counting the header as line 1. */
  line: number;
  field: CameraField | null;
  /** An i18n key under `csv.errors`, and its values. */
  key: string;
  values: Record<string, string>;
}

export interface CameraImport {
  cameras: Camera[];
  errors: RowError[];
  /** Set when the inventory would hold more cameras than a document may: nothing is imported. */
  tooMany: { count: number; limit: number } | null;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; key: string };

function lookup<T extends string>(
  cell: string,
  values: readonly T[],
  labels: (v: CameraVocabulary) => Record<T, string>,
  vocabularies: readonly CameraVocabulary[],
  extra: Record<string, T>,
): T | undefined {
  const n = normalise(cell);
  for (const value of values) {
    if (normalise(value) === n) return value;
    if (vocabularies.some((v) => normalise(labels(v)[value]) === n)) return value;
  }
  return extra[n];
}

const TYPE_EXTRA: Record<string, CameraType> = {
  fixe: 'fixed',
  f: 'fixed',
  dome: 'dome',
  mobile: 'ptz',
  motorisee: 'ptz',
  anpr: 'lapi',
  lpr: 'lapi',
};
const MASK_EXTRA: Record<string, PrivacyMasks> = {
  '': 'none',
  aucun: 'none',
  aucune: 'none',
  non: 'none',
  no: 'none',
  statique: 'static',
  statiques: 'static',
  fixe: 'static',
  dynamique: 'dynamic',
  dynamiques: 'dynamic',
  lesdeux: 'static-and-dynamic',
  both: 'static-and-dynamic',
  staticdynamic: 'static-and-dynamic',
  statiqueetdynamique: 'static-and-dynamic',
  statiquesetdynamiques: 'static-and-dynamic',
};
const CAPABILITY_EXTRA: Record<string, Capability> = {
  '': 'absent',
  non: 'absent',
  no: 'absent',
  none: 'absent',
  aucun: 'absent',
  '0': 'absent',
  desactive: 'present-disabled',
  desactivee: 'present-disabled',
  disabled: 'present-disabled',
  inactive: 'present-disabled',
  off: 'present-disabled',
  presentdesactive: 'present-disabled',
  active: 'present-enabled',
  activee: 'present-enabled',
  enabled: 'present-enabled',
  oui: 'present-enabled',
  yes: 'present-enabled',
  on: 'present-enabled',
  '1': 'present-enabled',
  presentactive: 'present-enabled',
};
const TRUE_WORDS = new Set(['oui', 'yes', 'true', 'vrai', '1', 'x', 'o', 'y']);
const FALSE_WORDS = new Set(['non', 'no', 'false', 'faux', '0', 'n', '']);

function parseBoolean(cell: string, vocabularies: readonly CameraVocabulary[]): Parsed<boolean> {
  const n = normalise(cell);
  if (TRUE_WORDS.has(n) || vocabularies.some((v) => normalise(v.yes) === n)) return { ok: true, value: true };
  if (FALSE_WORDS.has(n) || vocabularies.some((v) => normalise(v.no) === n))
    return { ok: true, value: false };
  return { ok: false, key: 'boolean' };
}

/** "1, 5 et 11", "1°;5°", "p1 p5" → [1, 5, 11]. */
export function parsePurposes(cell: string): Parsed<number[]> {
  const tokens = cell
    .split(/[\s,;/|+]+|\bet\b|\band\b/)
    .map((s) => s.replace(/[°º]|^p/gi, '').trim())
    .filter((s) => s !== '');
  const numbers: number[] = [];
  for (const token of tokens) {
    const n = Number(token);
    if (!Number.isInteger(n) || n < 1 || n > 11) return { ok: false, key: 'purposes' };
    if (!numbers.includes(n)) numbers.push(n);
  }
  return { ok: true, value: numbers.sort((a, b) => a - b) };
}

/** `2026-03-01`, `01/03/2026`, `1-3-2026`, `01.03.2026` → `2026-03-01`; empty → null. */
export function parseDate(cell: string): Parsed<string | null> {
  const text = cell.trim();
  if (text === '') return { ok: true, value: null };
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const frMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]!.padStart(2, '0')}-${isoMatch[3]!.padStart(2, '0')}`;
  else if (frMatch) iso = `${frMatch[3]}-${frMatch[2]!.padStart(2, '0')}-${frMatch[1]!.padStart(2, '0')}`;
  if (iso === null || !IsoDate.safeParse(iso).success) return { ok: false, key: 'date' };
  return { ok: true, value: iso };
}

/**
 * Reads the data rows (header excluded) with the chosen mapping. Rows with errors are left out and listed; codes
 * already in the inventory or repeated in the file are errors, so an import never silently duplicates a camera.
 */
export function importCameras(input: {
  rows: readonly (readonly string[])[];
  mapping: readonly (CameraField | null)[];
  vocabularies: readonly CameraVocabulary[];
  existingCodes: ReadonlySet<string>;
  newId: () => string;
}): CameraImport {
  const { mapping, vocabularies } = input;
  // Refused before reading the rows: a file over the limit could be neither saved nor reopened.
  const count = input.existingCodes.size + input.rows.length;
  if (count > DEFAULT_LIMITS.maxCameras)
    return { cameras: [], errors: [], tooMany: { count, limit: DEFAULT_LIMITS.maxCameras } };
  const cameras: Camera[] = [];
  const errors: RowError[] = [];
  const seenCodes = new Set([...input.existingCodes].map((c) => c.toLowerCase()));
  input.rows.forEach((row, index) => {
    const line = index + 2;
    const rowErrors: RowError[] = [];
    const fail = (field: CameraField | null, key: string, values: Record<string, string> = {}) =>
      rowErrors.push({ line, field, key, values });
    const cell = (field: CameraField): string => {
      const column = mapping.indexOf(field);
      return column < 0 ? '' : (row[column] ?? '').trim();
    };
    const draft: Record<string, unknown> = { id: input.newId() };
    for (const field of CAMERA_FIELDS) {
      const text = cell(field);
      switch (field) {
        case 'type': {
          const value = lookup(text, CAMERA_TYPES, (v) => v.types, vocabularies, TYPE_EXTRA);
          if (value) draft.type = value;
          else fail(field, text === '' ? 'typeMissing' : 'type', { value: text });
          break;
        }
        case 'purposes': {
          const parsed = parsePurposes(text);
          if (parsed.ok) draft.purposes = parsed.value;
          else fail(field, parsed.key, { value: text });
          break;
        }
        case 'nearHomes': {
          const parsed = parseBoolean(text, vocabularies);
          if (parsed.ok) draft.nearHomes = parsed.value;
          else fail(field, parsed.key, { value: text });
          break;
        }
        case 'privacyMasks': {
          const value = lookup(text, PRIVACY_MASKS, (v) => v.masks, vocabularies, MASK_EXTRA);
          if (value) draft.privacyMasks = value;
          else fail(field, 'masks', { value: text });
          break;
        }
        case 'audio':
        case 'analytics':
        case 'facialRecognition':
        case 'lapi': {
          const value = lookup(text, CAPABILITIES, (v) => v.capabilities, vocabularies, CAPABILITY_EXTRA);
          if (value) draft[field] = value;
          else fail(field, 'capability', { value: text });
          break;
        }
        case 'authorisationExpiry': {
          const parsed = parseDate(text);
          if (parsed.ok) draft.authorisationExpiry = parsed.value;
          else fail(field, parsed.key, { value: text });
          break;
        }
        case 'code':
          if (text === '') fail(field, 'codeMissing');
          else if (seenCodes.has(text.toLowerCase())) fail(field, 'codeDuplicate', { value: text });
          draft.code = text;
          break;
        default:
          draft[field] = text;
      }
    }
    if (rowErrors.length === 0) {
      const parsed = Camera.safeParse(draft);
      if (parsed.success) {
        cameras.push(parsed.data);
        seenCodes.add(parsed.data.code.toLowerCase());
      } else {
        const issue = parsed.error.issues[0];
        const field = CAMERA_FIELDS.find((f) => f === issue?.path[0]) ?? null;
        fail(field, 'invalid', { detail: issue ? z.prettifyError(new z.ZodError([issue])) : '' });
      }
    }
    errors.push(...rowErrors);
  });
  return { cameras, errors, tooMany: null };
}
