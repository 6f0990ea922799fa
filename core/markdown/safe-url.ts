// The one rule for links written into a Word document: https and mailto, normalised, nothing else.

const MAILTO_PARAMETERS = new Set(['to', 'subject', 'body']);

/**
 * The normalised form (`new URL(u).href`) of an https link without credentials, or of a mailto link whose only
 * parameters are to, subject and body (never `attach`, `cc`, `bcc`…); null for anything else, which the caller
 * then writes as plain text.
 */
export function safeUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    return url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null;
  }
  if (url.protocol === 'mailto:') {
    if (url.hash !== '') return null;
    for (const key of url.searchParams.keys()) if (!MAILTO_PARAMETERS.has(key.toLowerCase())) return null;
    return url.href;
  }
  return null;
}

/**
 * Whether a link may be kept in an answer and opened from the app: a parseable http, https or mailto address.
 * Anything else (javascript:, file:, data:, relative paths…) stays plain text in the editor and the reading views.
 * The Word export is stricter still (safeUrl).
 */
export function isAllowedLink(value: string): boolean {
  try {
    const { protocol } = new URL(value.trim());
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
