// How a handler is written: its request name ties its input schema and its result to DpiaApi, so they cannot drift.
import type { ApiInput, ApiOutput, ApiRequest, ApiResult } from '../../core/api.ts';
import { DpiaError } from '../../core/errors.ts';
import { INPUT } from './input-schemas.ts';
import { guard } from './result.ts';

/** The value a request resolves to when it succeeds. */
export type ApiValue<K extends ApiRequest> = Awaited<ApiOutput<K>> extends ApiResult<infer T> ? T : never;

/** One handler: takes what crossed IPC (unknown until parsed), answers what DpiaApi promises. */
export type Handler<K extends ApiRequest> = (input: unknown) => ApiOutput<K>;
export type Handlers = { [K in ApiRequest]: Handler<K> };

/** Checks a request's input against its schema; one line naming the first problem otherwise. */
export function parseInput<K extends ApiRequest>(name: K, input: unknown): ApiInput<K> {
  const result = INPUT[name].safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('/') : name;
    throw new DpiaError('invalid-request', { detail: `${where}: ${issue?.message ?? 'invalid'}` });
  }
  // INPUT satisfies { [K]: ZodType<ApiInput<K>> }, so the parsed value is that request's input.
  return result.data as ApiInput<K>;
}

/** A handler from its body: the input is parsed first, failures come back as values in both languages. */
export function handler<K extends ApiRequest>(
  name: K,
  body: (input: ApiInput<K>) => Promise<ApiValue<K>> | ApiValue<K>,
): Handler<K> {
  return (input) => guard(async () => body(parseInput(name, input))) as ApiOutput<K>;
}
