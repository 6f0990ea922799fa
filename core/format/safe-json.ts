// Decoding of JSON entries from untrusted files: strict UTF-8, and no keys that could touch prototypes.
import { DpiaError } from '../errors.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonEntry(bytes: Uint8Array, file: string, entry: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DpiaError('invalid-utf8', { file, entry });
  }
  let value: unknown;
  try {
    // Without a reviver: JSON.parse defines every key as an own data property (no prototype is touched), and a
    // reviver costs several times the parse itself on large entries. The keys are checked afterwards.
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : 'syntax error';
    throw new DpiaError('invalid-json', { file, entry, detail });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden !== undefined) throw new DpiaError('forbidden-key', { file, entry, key: forbidden });
  return value;
}

/** The first forbidden key anywhere in a parsed value, walked without recursion (deep nesting is no risk). */
function findForbiddenKey(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return undefined;
}

/** Serialises JSON the same way every time: two-space indentation, a final newline. */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}
