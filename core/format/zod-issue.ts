// Turns the first zod issue into the path and detail of a one-line error message.
import type { z } from 'zod';

export function describeIssue(error: z.ZodError): { path: string; detail: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '/', detail: 'invalid' };
  const path = issue.path.length === 0 ? '/' : '/' + issue.path.map(String).join('/');
  return { path, detail: issue.message };
}
