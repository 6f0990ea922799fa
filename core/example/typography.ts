// French typography for the example's texts: lets the sources be typed with plain spaces and apostrophes.
import { frenchTypography, NNBSP } from '../markdown/french-typography.ts';

/**
 * What the sources are typed without: curly apostrophes and narrow no-break spaces between thousands; then the
 * one French typography of the project (core/markdown/french-typography.ts) for punctuation and guillemets.
 */
export function typesetSource(text: string): string {
  return frenchTypography(text.replace(/'/g, '\u2019').replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`));
}

/** Applies typesetSource to every string of a plain data structure (objects, arrays, strings). */
export function typesetDeep<T>(value: T): T {
  return typesetValue(value) as T;
}

function typesetValue(value: unknown): unknown {
  if (typeof value === 'string') return typesetSource(value);
  if (Array.isArray(value)) return value.map(typesetValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetValue(v)]));
  }
  return value;
}
