// The templates shipped with the application, parsed on first use: the current version of each, and the earlier
// versions kept so that an assessment written against one can be carried over (see upgrade.ts).
import cnilMethod from '../../templates/cnil-method.json' with { type: 'json' };
import csuVideoprotection100 from '../../templates/csu-videoprotection-1.0.0.json' with { type: 'json' };
import csuVideoprotection from '../../templates/csu-videoprotection.json' with { type: 'json' };
import { Template } from './schema.ts';
import { compareVersions } from './template-file.ts';

/** The current version of each built-in template, by id. */
const SOURCES: Readonly<Record<string, unknown>> = {
  'csu-videoprotection': csuVideoprotection,
  'cnil-method': cnilMethod,
};

/** Earlier versions still shipped, by id then version. */
const PREVIOUS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'csu-videoprotection': { '1.0.0': csuVideoprotection100 },
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

/** Every shipped version of a built-in template, oldest first; empty for an id that is not built in. */
export function builtinTemplateVersions(id: string): Template[] {
  const current = getBuiltinTemplate(id);
  if (!current) return [];
  const previous = Object.values(PREVIOUS[id] ?? {}).map(parsed);
  return [...previous, current].sort((a, b) => compareVersions(a.version, b.version));
}

/** One shipped version of a built-in template. */
export function getBuiltinTemplateVersion(id: string, version: string): Template | undefined {
  return builtinTemplateVersions(id).find((t) => t.version === version);
}
