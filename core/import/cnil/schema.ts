// The JSON export of the CNIL's PIA tool, read tolerantly: both generations (2018 and later), junk fields,
// numbers written as strings, `reference_to` as a string or an integer, nulls where a value is expected.
import { z } from 'zod';

/** A text field: null, missing or a number all read as text (or as nothing). */
const Text = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().nullish().catch(null),
);

/** An integer written as a number or as a numeric string; anything else reads as null. */
const Int = z.preprocess((value) => {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}, z.number().int().nullable());

/** `reference_to`: an integer (answers, comments) or a dotted string (evaluations); kept as a string. */
const Reference = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().max(200).catch(''),
);

const Bool = z.preprocess((value) => {
  if (value === 1 || value === '1' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'false') return false;
  return value;
}, z.boolean().nullish().catch(null));

const TextList = z.preprocess(
  (value) =>
    Array.isArray(value) ? value.filter((v) => typeof v === 'string' || typeof v === 'number') : [],
  z.array(z.union([z.string(), z.number()]).transform(String)),
);

export const CnilPia = z.looseObject({
  id: Int.optional(),
  name: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string()),
  category: Text.optional(),
  status: Int.optional(),
  author_name: Text.optional(),
  evaluator_name: Text.optional(),
  validator_name: Text.optional(),
  dpos_names: Text.optional(),
  dpo_status: Int.optional(),
  dpo_opinion: Text.optional(),
  concerned_people_searched_opinion: Bool.optional(),
  concerned_people_searched_content: Text.optional(),
  people_names: Text.optional(),
  concerned_people_status: Int.optional(),
  concerned_people_opinion: Text.optional(),
  rejection_reason: Text.optional(),
  applied_adjustments: Text.optional(),
  is_example: Int.optional(),
  is_archive: Int.optional(),
  progress: Int.optional(),
  structure_name: Text.optional(),
  structure_sector_name: Text.optional(),
  structure_data: z.unknown().optional(),
  created_at: Text.optional(),
  updated_at: Text.optional(),
  user_pias: z.unknown().optional(),
});
export type CnilPia = z.infer<typeof CnilPia>;

export const CnilAnswer = z.looseObject({
  id: Int.optional(),
  reference_to: Reference,
  data: z
    .looseObject({
      text: Text.optional(),
      gauge: Int.optional(),
      list: TextList.optional(),
    })
    .nullish()
    .catch(null),
  created_at: Text.optional(),
  updated_at: Text.optional(),
});
export type CnilAnswer = z.infer<typeof CnilAnswer>;

export const CnilMeasure = z.looseObject({
  id: Int,
  title: Text.optional(),
  content: Text.optional(),
  placeholder: Text.optional(),
  created_at: Text.optional(),
  updated_at: Text.optional(),
});
export type CnilMeasure = z.infer<typeof CnilMeasure>;

export const CnilEvaluation = z.looseObject({
  id: Int.optional(),
  reference_to: Reference,
  status: Int.optional(),
  global_status: Int.optional(),
  evaluation_comment: Text.optional(),
  action_plan_comment: Text.optional(),
  gauges: z.looseObject({ x: Int.optional(), y: Int.optional() }).nullish().catch(null),
  estimated_implementation_date: Text.optional(),
  person_in_charge: Text.optional(),
  evaluation_date: Text.optional(),
  evaluation_infos: Text.optional(),
  created_at: Text.optional(),
  updated_at: Text.optional(),
});
export type CnilEvaluation = z.infer<typeof CnilEvaluation>;

export const CnilComment = z.looseObject({
  id: Int.optional(),
  reference_to: Reference,
  for_measure: Bool.optional(),
  description: Text.optional(),
  created_at: Text.optional(),
  updated_at: Text.optional(),
});
export type CnilComment = z.infer<typeof CnilComment>;

/** A list whose entries are read one by one: a broken entry is left out and counted, never fatal. */
function tolerantList<T extends z.ZodType>(entry: T) {
  return z.array(z.unknown()).transform((values) => {
    const entries: z.infer<T>[] = [];
    let broken = 0;
    for (const value of values) {
      const parsed = entry.safeParse(value);
      if (parsed.success) entries.push(parsed.data);
      else broken += 1;
    }
    return { entries, broken };
  });
}

/** A list the export may leave out (older files have no comments): missing or null reads as empty. */
function optionalList<T extends z.ZodType>(entry: T) {
  return z.preprocess((value) => (value === null || value === undefined ? [] : value), tolerantList(entry));
}

/** What makes a file a CNIL export: a `pia` object with a name, and a list of answers. */
export const CnilExport = z.looseObject({
  pia: CnilPia,
  answers: tolerantList(CnilAnswer),
  measures: optionalList(CnilMeasure),
  evaluations: optionalList(CnilEvaluation),
  comments: optionalList(CnilComment),
});
export type CnilExport = z.infer<typeof CnilExport>;
