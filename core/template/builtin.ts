// The templates shipped with the application, parsed on first use.
import cnilMethod from '../../templates/cnil-method.json' with { type: 'json' };
import csuVideoprotection from '../../templates/csu-videoprotection.json' with { type: 'json' };
import { Template } from './schema.ts';

const SOURCES: Readonly<Record<string, unknown>> = {
  'csu-videoprotection': csuVideoprotection,
  'cnil-method': cnilMethod,
};

const cache = new Map<string, Template>();

export const BUILTIN_TEMPLATE_IDS: readonly string[] = Object.keys(SOURCES);

export function getBuiltinTemplate(id: string): Template | undefined {
  const cached = cache.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  if (source === undefined) return undefined;
  const template = Template.parse(source);
  cache.set(id, template);
  return template;
}

export function listBuiltinTemplates(): Template[] {
  return BUILTIN_TEMPLATE_IDS.map((id) => getBuiltinTemplate(id)!);
}
