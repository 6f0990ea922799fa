// The templates shipped with the application, parsed on first use: the current version of each. Earlier versions
// are not shipped: every assessment carries a frozen copy of the template it was written against, which is all an
// upgrade to the current version needs (see upgrade.ts), and an old version's draft notes are never offered again.
import cnilMethod from '../../templates/cnil-method.json' with { type: 'json' };
import csuVideoprotection from '../../templates/csu-videoprotection.json' with { type: 'json' };
import { Template } from './schema.ts';

/** The current version of each built-in template, by id. */
const SOURCES: Readonly<Record<string, unknown>> = {
  'csu-videoprotection': csuVideoprotection,
  'cnil-method': cnilMethod,
};

const cache = new Map<unknown, Template>();

function parsed(source: unknown): Template {
  const cached = cache.get(source);
  if (cached) return cached;
  const template = Template.parse(source);
  cache.set(source, template);
  return template;
}

export const BUILTIN_TEMPLATE_IDS: readonly string[] = Object.keys(SOURCES);

/** The current version of a built-in template. */
export function getBuiltinTemplate(id: string): Template | undefined {
  const source = SOURCES[id];
  return source === undefined ? undefined : parsed(source);
}

export function listBuiltinTemplates(): Template[] {
  return BUILTIN_TEMPLATE_IDS.map((id) => getBuiltinTemplate(id)!);
}

/** Every shipped version of a built-in template, oldest first (the current one); empty for an id not built in. */
export function builtinTemplateVersions(id: string): Template[] {
  const current = getBuiltinTemplate(id);
  return current ? [current] : [];
}

/** One shipped version of a built-in template. */
export function getBuiltinTemplateVersion(id: string, version: string): Template | undefined {
  return builtinTemplateVersions(id).find((t) => t.version === version);
}
