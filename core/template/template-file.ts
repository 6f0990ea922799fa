// Template files a consultant shares: written as plain JSON, read back through the same checks as any template.
import { DpiaError } from '../errors.ts';
import { formatBytes, TEMPLATE_LIMITS } from '../format/limits.ts';
import { encodeJson } from '../format/safe-json.ts';
import { parseTemplate } from './parse-template.ts';
import type { Template } from './schema.ts';

/** A template is text; anything larger than this is not one (and would only cost memory). */
export const MAX_TEMPLATE_FILE_BYTES = TEMPLATE_LIMITS.maxBytes;

/** The bytes of a template file: its JSON, two-space indented, without the editor hint `$schema`. */
export function exportTemplateFile(template: Template): Uint8Array {
  const { $schema: _hint, ...content } = template;
  return encodeJson(content);
}

/**
 * Reads a template file: size, UTF-8, JSON without `__proto__`-like keys, schema, cross-references. Errors name
 * the file and the place in it (e.g. `/sections/0/items/1/questions/2/label/fr`).
 */
export function importTemplateFile(bytes: Uint8Array, fileName: string): Template {
  if (bytes.length > MAX_TEMPLATE_FILE_BYTES) {
    throw new DpiaError('file-too-large', { file: fileName, limit: formatBytes(MAX_TEMPLATE_FILE_BYTES) });
  }
  const { $schema: _hint, ...template } = parseTemplate(bytes, fileName);
  return template;
}

/** Where a template lives in a templates folder: one file per id and version. */
export function templateFileName(template: Pick<Template, 'id' | 'version'>): string {
  return `${template.id}-${template.version}.json`;
}

/** Whether two templates have the same content (the order of keys aside). */
export function sameTemplate(a: Template, b: Template): boolean {
  const bytes = (t: Template) => new TextDecoder().decode(exportTemplateFile(canonical(t)));
  return bytes(a) === bytes(b);
}

function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)])) as T;
}

/** Compares `1.2.10` and `1.10.0` as versions, not as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
