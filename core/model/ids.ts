// The identifiers the model shares with templates: stable string ids and knowledge-base ids.
import { z } from 'zod';

/**
 * A stable identifier: lower-case words separated by dots or hyphens, e.g. `context.purposes`. Ids become keys
 * of `answers` and `evaluations`, so the names of Object.prototype's properties that the JSON reader refuses
 * (core/format/safe-json.ts) are reserved: a template accepted here always gives files that reopen.
 */
export const StableId = z
  .string()
  .regex(
    /^(?!(?:constructor|prototype)$)[a-z0-9]+(?:[.-][a-z0-9]+)*$/,
    'lower-case letters, digits, dots and hyphens only; "constructor" and "prototype" are reserved',
  );

/** A knowledge-base id, e.g. `R12`, `M7`, `def.feared-event`, `law.csi-l252-5`. */
export const KbId = z.string().regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/);
