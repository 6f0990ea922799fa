// French typography for the example's texts: lets the sources be typed with plain spaces and apostrophes.

const NARROW_NBSP = '\u202f';

/**
 * Curly apostrophes, narrow no-break spaces before ; : ! ? and inside « », and as thousands separators.
 * Safe on Markdown links, times ("20:00") and URLs, which have no space before their colons.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '\u2019')
    .replace(/[ \u00a0]+([;:!?])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0]+/g, `«${NARROW_NBSP}`)
    .replace(/[ \u00a0]+»/g, `${NARROW_NBSP}»`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NARROW_NBSP}`);
}

/** Applies frenchTypography to every string of a plain data structure (objects, arrays, strings). */
export function typesetDeep<T>(value: T): T {
  return typesetValue(value) as T;
}

function typesetValue(value: unknown): unknown {
  if (typeof value === 'string') return frenchTypography(value);
  if (Array.isArray(value)) return value.map(typesetValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typesetValue(v)]));
  }
  return value;
}
