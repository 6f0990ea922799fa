// The Electron main process: one window per document, the app:// protocol, menus, IPC and preferences.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import Store from 'electron-store';
import { EXPORT_PROGRESS_CHANNEL, MENU_COMMAND_CHANNEL } from './channels.ts';
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from '../core/node/private-folder.ts';
import { defaultUserTemplatesDir } from '../core/node/user-templates.ts';
import { APP_VERSION } from '../core/version.ts';
import { DraftHolders } from './handlers/draft-holders.ts';
import { createHandlers, type WindowHandlers } from './handlers/index.ts';
import { MAIN_TEXT } from './i18n.ts';
import { registerIpc } from './ipc.ts';
import { documentToOpen } from './launch-args.ts';
import { buildMenuTemplate } from './menu.ts';
import {
  createPreferences,
  defaultPreferences,
  PREFERENCES_JSON_SCHEMA,
  type StoredPreferences,
} from './preferences.ts';
import { APP_ENTRY, APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeOf, resolveAppPath } from './protocol.ts';
import { exportInWorker, findingsInWorker, importCnilInWorker } from './run-export.ts';
import { hardenSession, hardenWebContents, secureWebPreferences } from './security.ts';

const here = import.meta.dirname;
const RENDERER_DIR = path.join(here, '..', 'renderer');
const PRELOAD = path.join(here, 'preload.cjs');
// Worker threads load their script from the real file system, so the packaged app keeps it outside app.asar.
const EXPORT_WORKER = path
  .join(here, 'export-worker.mjs')
  .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
/** How long a window waits for its page to flush edits before closing anyway (drafts stay recoverable). */
const CLOSE_TIMEOUT_MS = 5000;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

interface AppWindow {
  window: BrowserWindow;
  handlers: WindowHandlers;
  closing: boolean;
}
const windows = new Map<number, AppWindow>();
const queuedOpens: string[] = [];

const store = new Store<StoredPreferences>({
  name: 'preferences',
  schema: PREFERENCES_JSON_SCHEMA.properties as never, // electron-store types its schema per key; ours is generated
  clearInvalidConfig: true,
  configFileMode: PRIVATE_FILE_MODE, // recent files and the author's name are the user's own
});
const preferences = createPreferences(
  store,
  defaultPreferences(
    app.getLocale(),
    defaultUserTemplatesDir({ DPIA_TEMPLATES_DIR: path.join(app.getPath('userData'), 'templates') }),
  ),
  () => refreshMenu(),
);

function focused(): AppWindow | undefined {
  const window = BrowserWindow.getFocusedWindow();
  return window ? windows.get(window.webContents.id) : [...windows.values()][0];
}

function refreshMenu(): void {
  const text = MAIN_TEXT[preferences.get().language];
  const template = buildMenuTemplate(
    text,
    preferences.recentFiles(),
    {
      send: (command) => {
        const target = focused();
        if (target) target.window.webContents.send(MENU_COMMAND_CHANNEL, command);
        else createWindow(command === 'open-example' ? 'example' : null);
      },
      openRecent: (filePath) => createWindow(filePath),
      openDataFolder: () => void shell.openPath(app.getPath('userData')),
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: text.menu.about,
          message: 'DPIA editor',
          detail: text.dialog.aboutDetail(APP_VERSION),
        }),
    },
    process.platform,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Which window holds which draft, shared by every window's handlers. */
const draftHolders = new DraftHolders();

function createWindow(toOpen: string | null): void {
  const bounds = preferences.windowBounds();
  const window = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 860,
    ...(bounds && windows.size === 0 ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'DPIA editor',
    webPreferences: secureWebPreferences(PRELOAD),
  });
  if (bounds?.maximized) window.maximize();
  let pending = toOpen;
  const entry: AppWindow = {
    window,
    closing: false,
    handlers: createHandlers({
      userDataDir: app.getPath('userData'),
      dialog: {
        showOpenDialog: (options) => dialog.showOpenDialog(window, options),
        showSaveDialog: (options) => dialog.showSaveDialog(window, options),
        showMessageBox: (options) => dialog.showMessageBox(window, options),
      },
      preferences,
      now: () => new Date(),
      newId: () => crypto.randomUUID(),
      notify: (event) =>
        window.webContents.send(
          event.channel === 'menu-command' ? MENU_COMMAND_CHANNEL : EXPORT_PROGRESS_CHANNEL,
          event.payload,
        ),
      showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
      // The handler lets only parsed https and mailto URLs through (checkExternalUrl, tested).
      // eslint-disable-next-line electron-security/no-open-external-with-dynamic-url
      openExternal: (url) => shell.openExternal(url),
      buildDocx: (document, options, onProgress) =>
        exportInWorker(EXPORT_WORKER, document, options, onProgress),
      exportFindings: (document, language, now) => findingsInWorker(EXPORT_WORKER, document, language, now),
      importCnil: (bytes, file, options) => importCnilInWorker(EXPORT_WORKER, bytes, file, options),
      pendingOpen: () => {
        const value = pending;
        pending = null;
        return value;
      },
      draftHolders,
      documentClosed: () => {
        if (entry.closing) window.destroy();
      },
    }),
  };
  const id = window.webContents.id;
  windows.set(id, entry);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    const { x, y, width, height } = window.getNormalBounds();
    preferences.setWindowBounds({ x, y, width, height, maximized: window.isMaximized() });
    if (!entry.handlers.hasOpenDocuments()) return;
    // Let the page save its last keystrokes and ask about unsaved drafts; close anyway if it does not answer.
    event.preventDefault();
    if (entry.closing) return;
    entry.closing = true;
    window.webContents.send(MENU_COMMAND_CHANNEL, 'close');
    setTimeout(() => {
      if (!window.isDestroyed() && entry.closing) window.destroy();
    }, CLOSE_TIMEOUT_MS);
  });
  window.on('closed', () => {
    entry.handlers.dispose();
    windows.delete(id);
  });
  void window.loadURL(APP_ENTRY);
}

app.on('second-instance', (_event, argv) => createWindow(documentToOpen(argv)));
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  if (app.isReady()) createWindow(filePath);
  else queuedOpens.push(filePath);
});
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (windows.size === 0) createWindow(null);
});

void app.whenReady().then(() => {
  void ensurePrivateFolder(app.getPath('userData')).catch(() => undefined); // drafts and preferences live there
  // hardenSession installs the permission request handler (and denies everything); the rule cannot see across files.
  // eslint-disable-next-line electron-security/require-permission-request-handler
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppPath(request.url, RENDERER_DIR);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        headers: {
          'content-type': contentTypeOf(filePath),
          'content-security-policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  registerIpc(ipcMain, (webContentsId) => windows.get(webContentsId)?.handlers);
  refreshMenu();
  const initial = queuedOpens.length > 0 ? queuedOpens.splice(0) : [documentToOpen(process.argv)];
  for (const toOpen of initial) createWindow(toOpen);
});
