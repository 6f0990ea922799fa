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
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key: string, v: unknown) {
      if (forbidden === undefined && FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : 'syntax error';
    throw new DpiaError('invalid-json', { file, entry, detail });
  }
  if (forbidden !== undefined) throw new DpiaError('forbidden-key', { file, entry, key: forbidden });
  return value;
}

/** Serialises JSON the same way every time: two-space indentation, a final newline. */
export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}
