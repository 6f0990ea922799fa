// Every security rule of the app in one file, top to bottom: windows, navigation, permissions, network, links.
import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { DpiaError } from '../core/errors.ts';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './protocol.ts';

/** The only web preferences a window of ours is ever created with. */
export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    safeDialogs: true,
    navigateOnDragDrop: false,
  };
}

/** Whether a frame URL belongs to the app (IPC senders are checked with this). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    // app: is not a special scheme for the URL parser, so its origin reads "null": compare scheme and host.
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

/** Only app:// requests (and devtools' own) may load: the app is offline by design. */
export function isAllowedRequest(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN || url.startsWith('devtools://');
}

/** Locks down one web contents: no navigation away, no redirects, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request and check, and blocks every request that is not app://. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
}

/** Only well-formed https and mailto links leave the app, and only to the system's own handlers. */
export function checkExternalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DpiaError('url-refused', { url: value.slice(0, 200) });
  }
  const allowed =
    (url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password) ||
    url.protocol === 'mailto:';
  if (!allowed) throw new DpiaError('url-refused', { url: value.slice(0, 200) });
  return url.toString();
}
