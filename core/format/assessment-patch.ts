// What changed between two versions of an assessment, as a patch that crosses IPC instead of the whole document:
// only the top-level parts that changed (by reference: edits share what they do not touch), and for the registers
// (cameras, risks…) and the answers only the items that changed. The receiver checks what crossed with the parts'
// own schemas and applies it to the version it holds; a patch that does not fit that version is refused.
import { z } from 'zod';
import { DpiaError } from '../errors.ts';
import { Assessment } from '../model/assessment.ts';

/** Registers whose rows carry an `id`: a patch sends the rows that changed and, if it changed, the order of ids. */
const ITEM_PARTS = ['cameras', 'risks', 'measures', 'revisions', 'attachments'] as const;
/** Records keyed by question (or item) id: a patch sends the entries set and the keys removed. */
const ENTRY_PARTS = ['answers', 'evaluations'] as const;
/** Parts sent whole when they change. */
const WHOLE_PARTS = ['id', 'meta', 'opinions', 'validation', 'statusHistory'] as const;

type ItemPart = (typeof ITEM_PARTS)[number];
type EntryPart = (typeof ENTRY_PARTS)[number];
type WholePart = (typeof WHOLE_PARTS)[number];

/** Ids and keys on the wire: bounded here, row counts are checked on the patched result. */
const WireId = z.string().min(1).max(200);
const MAX_WIRE_ROWS = 100_000;

const shape = Assessment.shape;
const itemsPatch = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    op: z.literal('items'),
    /** The ids in their new order; null when the order and the set of ids did not change. */
    order: z.array(WireId).max(MAX_WIRE_ROWS).nullable(),
    changed: z.array(item).max(MAX_WIRE_ROWS),
  });
const entriesPatch = <K extends typeof shape.answers.keyType, T extends z.ZodType>(key: K, value: T) =>
  z.strictObject({
    op: z.literal('entries'),
    set: z.record(key, value),
    remove: z.array(key).max(MAX_WIRE_ROWS),
  });
const wholePatch = <T extends z.ZodType>(value: T) => z.strictObject({ op: z.literal('set'), value });

/** The patch as it may cross IPC: unknown parts are refused, each part's content is checked with its own schema. */
export const AssessmentPatch = z.strictObject({
  id: wholePatch(shape.id).optional(),
  meta: wholePatch(shape.meta).optional(),
  opinions: wholePatch(shape.opinions).optional(),
  validation: wholePatch(shape.validation).optional(),
  statusHistory: wholePatch(shape.statusHistory).optional(),
  answers: entriesPatch(shape.answers.keyType, shape.answers.valueType).optional(),
  evaluations: entriesPatch(shape.evaluations.keyType, shape.evaluations.valueType).optional(),
  cameras: itemsPatch(shape.cameras.element).optional(),
  risks: itemsPatch(shape.risks.element).optional(),
  measures: itemsPatch(shape.measures.element).optional(),
  revisions: itemsPatch(shape.revisions.element).optional(),
  attachments: itemsPatch(shape.attachments.element).optional(),
});
export type AssessmentPatch = z.infer<typeof AssessmentPatch>;

type Row = { id: string };

function diffItems<T extends Row>(base: readonly T[], next: readonly T[]) {
  const before = new Map(base.map((row) => [row.id, row]));
  const changed = next.filter((row) => before.get(row.id) !== row);
  const sameOrder = base.length === next.length && next.every((row, i) => base[i]!.id === row.id);
  return { op: 'items' as const, order: sameOrder ? null : next.map((row) => row.id), changed };
}

function diffEntries<T>(base: Record<string, T>, next: Record<string, T>) {
  const set: Record<string, T> = {};
  for (const [key, value] of Object.entries(next)) if (base[key] !== value) set[key] = value;
  const remove = Object.keys(base).filter((key) => !Object.hasOwn(next, key));
  return { op: 'entries' as const, set, remove };
}

/**
 * The patch that turns `base` into `next`. Work is proportional to the parts that changed (by reference), and within
 * a register to its length (a comparison of references per row), never to the size of the texts.
 */
export function diffAssessment(base: Assessment, next: Assessment): AssessmentPatch {
  const patch: Record<string, unknown> = {};
  for (const key of WHOLE_PARTS) if (base[key] !== next[key]) patch[key] = { op: 'set', value: next[key] };
  for (const key of ENTRY_PARTS)
    if (base[key] !== next[key]) patch[key] = diffEntries<unknown>(base[key], next[key]);
  for (const key of ITEM_PARTS)
    if (base[key] !== next[key]) patch[key] = diffItems<Row>(base[key], next[key]);
  return patch;
}

const refused = (detail: string) => new DpiaError('invalid-request', { detail });

function applyItems<T extends Row>(
  key: string,
  base: readonly T[],
  patch: { order: string[] | null; changed: T[] },
): T[] {
  const changed = new Map<string, T>();
  for (const row of patch.changed) {
    if (changed.has(row.id)) throw refused(`${key}: row ${row.id} sent twice`);
    changed.set(row.id, row);
  }
  if (patch.order === null) {
    const result = base.map((row) => changed.get(row.id) ?? row);
    if (changed.size > 0 && result.filter((row) => changed.has(row.id)).length !== changed.size)
      throw refused(`${key}: a changed row is not in the document`);
    return result;
  }
  const before = new Map(base.map((row) => [row.id, row]));
  const seen = new Set<string>();
  const result = patch.order.map((id) => {
    if (seen.has(id)) throw refused(`${key}: id ${id} twice in the order`);
    seen.add(id);
    const row = changed.get(id) ?? before.get(id);
    if (!row) throw refused(`${key}: row ${id} neither sent nor in the document`);
    return row;
  });
  for (const id of changed.keys())
    if (!seen.has(id)) throw refused(`${key}: changed row ${id} is not in the order`);
  return result;
}

function applyEntries<T>(base: Record<string, T>, patch: { set: Record<string, T>; remove: string[] }) {
  const result: Record<string, T> = { ...base };
  for (const key of patch.remove) delete result[key];
  for (const [key, value] of Object.entries(patch.set)) result[key] = value;
  return result;
}

/**
 * `base` with a checked patch applied (see AssessmentPatch.parse): parts not in the patch are `base`'s own objects.
 * Throws `invalid-request` for a patch that does not fit `base` (a row that is neither sent nor known, twice the same
 * id). Row limits and the template's rules are the caller's to check on the result, as for a whole assessment.
 */
export function applyAssessmentPatch(base: Assessment, patch: AssessmentPatch): Assessment {
  const next: Assessment = { ...base };
  const whole = next as Record<WholePart, unknown>;
  for (const key of WHOLE_PARTS) {
    const part = patch[key];
    if (part) whole[key] = part.value;
  }
  const entries = next as Record<EntryPart, Record<string, unknown>>;
  for (const key of ENTRY_PARTS) {
    const part = patch[key];
    if (part) entries[key] = applyEntries<unknown>(base[key], part);
  }
  const items = next as Record<ItemPart, Row[]>;
  for (const key of ITEM_PARTS) {
    const part = patch[key];
    if (part) items[key] = applyItems<Row>(key, base[key], part);
  }
  return next;
}
