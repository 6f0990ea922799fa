// Compares two versions of an assessment: answers, risks, measures, cameras... added, changed (which fields), removed.
import canonicalize from 'canonicalize';
import type { Assessment } from '../model/assessment.ts';

export interface EntityRef {
  id: string;
  /** What a reader recognises it by: question id, camera code, risk or measure title, file name. */
  label: string;
}

export interface EntityChange extends EntityRef {
  /** The fields that differ, as dotted paths (`initial.severity`, `text`). */
  fields: string[];
}

export interface CollectionDiff {
  added: EntityRef[];
  changed: EntityChange[];
  removed: EntityRef[];
}

export interface AssessmentDiff {
  /** Changed fields of `meta`, `opinions` and `validation`, as dotted paths (`meta.status`, `opinions.dpo.text`). */
  fields: string[];
  answers: CollectionDiff;
  evaluations: CollectionDiff;
  risks: CollectionDiff;
  measures: CollectionDiff;
  cameras: CollectionDiff;
  attachments: CollectionDiff;
  /** Status changes recorded in b and not in a. */
  statusChanges: Assessment['statusHistory'];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b);

/** Dotted paths of the leaves (or arrays) that differ between two JSON values. */
export function changedFields(a: unknown, b: unknown, prefix = ''): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => changedFields(a[key], b[key], prefix === '' ? key : `${prefix}.${key}`));
  }
  return same(a, b) ? [] : [prefix];
}

function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
): CollectionDiff {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const diff: CollectionDiff = { added: [], changed: [], removed: [] };
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      diff.added.push({ id: item.id, label: label(item) });
      continue;
    }
    const fields = changedFields(previous, item).filter((f) => f !== 'id');
    if (fields.length > 0) diff.changed.push({ id: item.id, label: label(item), fields });
  }
  for (const item of before) if (!now.has(item.id)) diff.removed.push({ id: item.id, label: label(item) });
  return diff;
}

const entries = <T>(record: Record<string, T>): (T & { id: string })[] =>
  Object.entries(record).map(([id, value]) => ({ ...value, id }));

/** What changed from `a` (older) to `b` (newer). Everything is matched by id, never by position. */
export function diffAssessments(a: Assessment, b: Assessment): AssessmentDiff {
  const seen = new Set(a.statusHistory.map((s) => canonicalize(s)));
  return {
    fields: [
      ...changedFields(a.meta, b.meta, 'meta'),
      ...changedFields(a.opinions, b.opinions, 'opinions'),
      ...changedFields(a.validation, b.validation, 'validation'),
    ],
    answers: diffById(entries(a.answers), entries(b.answers), (x) => x.id),
    evaluations: diffById(entries(a.evaluations), entries(b.evaluations), (x) => x.id),
    risks: diffById(a.risks, b.risks, (x) => x.title),
    measures: diffById(a.measures, b.measures, (x) => x.title),
    cameras: diffById(a.cameras, b.cameras, (x) => x.code),
    attachments: diffById(a.attachments, b.attachments, (x) => x.name),
    statusChanges: b.statusHistory.filter((s) => !seen.has(canonicalize(s))),
  };
}

export const COLLECTIONS = ['answers', 'evaluations', 'risks', 'measures', 'cameras', 'attachments'] as const;

export function isEmptyDiff(diff: AssessmentDiff): boolean {
  return (
    diff.fields.length === 0 &&
    diff.statusChanges.length === 0 &&
    COLLECTIONS.every((c) => diff[c].added.length + diff[c].changed.length + diff[c].removed.length === 0)
  );
}
