// The identifiers the model shares with templates: stable string ids and knowledge-base ids.
import { z } from 'zod';

/** A stable identifier: lower-case words separated by dots or hyphens, e.g. `context.purposes`. */
export const StableId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case letters, digits, dots and hyphens only');

/** A knowledge-base id, e.g. `R12`, `M7`, `def.feared-event`, `law.csi-l252-5`. */
export const KbId = z.string().regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/);
