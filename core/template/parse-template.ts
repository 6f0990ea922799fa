// Reads a template file a person or a consultant wrote: JSON, schema, cross-references; errors name the place.
import { DpiaError } from '../errors.ts';
import { parseJsonEntry } from '../format/safe-json.ts';
import { describeIssue } from '../format/zod-issue.ts';
import { Template } from './schema.ts';
import { findTemplateProblems } from './validate-template.ts';

export function parseTemplate(bytes: Uint8Array, file: string): Template {
  const raw = parseJsonEntry(bytes, file, file);
  const result = Template.safeParse(raw);
  if (!result.success) throw new DpiaError('invalid-template', { file, ...describeIssue(result.error) });
  const problem = findTemplateProblems(result.data)[0];
  if (problem) {
    const [path, ...rest] = problem.split(': ');
    throw new DpiaError('invalid-template', { file, path: `/${path}`, detail: rest.join(': ') });
  }
  return result.data;
}
