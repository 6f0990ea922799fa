// The app:// protocol: serves the built renderer from one folder, and nothing outside it.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dpia';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Content-Security-Policy of every page: only the app's own scripts, styles, images and fonts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(filePath: string): string {
  return TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file under `root`, or null when it is not ours or would leave the folder
 * (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  // The URL parser would quietly fold `..` segments; a request that contains any is refused outright.
  if (/\.\.|%2e%2e|%2e\.|\.%2e/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${path.posix.normalize(relative)}`);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) return null;
  if (relative.split('/').includes('..')) return null;
  return resolved;
}
