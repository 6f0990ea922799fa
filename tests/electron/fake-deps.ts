// Handler dependencies for tests: real temp folders, scripted dialogs, an in-memory preferences store.
import path from 'node:path';
import type { MainEvent, HandlerDeps } from '../../electron/handlers/deps.ts';
import { DraftHolders } from '../../electron/handlers/draft-holders.ts';
import { createPreferences, defaultPreferences, type KeyValueStore } from '../../electron/preferences.ts';

export interface ScriptedDialogs {
  open: string[][];
  save: (string | undefined)[];
  messageBox: number[];
  asked: { kind: 'open' | 'save' | 'message'; title: string; defaultPath?: string; message?: string }[];
}

export function memoryStore(
  initial: Record<string, unknown> = {},
): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: (key) => data.get(key), set: (key, value) => void data.set(key, value) };
}

export function fakeDeps(userDataDir: string, overrides: Partial<HandlerDeps> = {}) {
  // One registry per fake app; tests of several windows pass the same one to each window's deps.
  const dialogs: ScriptedDialogs = { open: [], save: [], messageBox: [], asked: [] };
  const events: MainEvent[] = [];
  const shown: string[] = [];
  const opened: string[] = [];
  let ids = 0;
  const store = memoryStore();
  const preferences = createPreferences(
    store,
    defaultPreferences('fr-FR', path.join(userDataDir, 'templates')),
  );
  const deps: HandlerDeps = {
    userDataDir,
    dialog: {
      showOpenDialog: (options) => {
        dialogs.asked.push({ kind: 'open', title: options.title, defaultPath: options.defaultPath });
        const filePaths = dialogs.open.shift() ?? [];
        return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
      },
      showSaveDialog: (options) => {
        dialogs.asked.push({ kind: 'save', title: options.title, defaultPath: options.defaultPath });
        const filePath = dialogs.save.shift();
        return Promise.resolve({ canceled: filePath === undefined, filePath });
      },
      showMessageBox: (options) => {
        dialogs.asked.push({ kind: 'message', title: options.title, message: options.message });
        return Promise.resolve({ response: dialogs.messageBox.shift() ?? options.cancelId });
      },
    },
    preferences,
    now: () => new Date('2026-03-02T14:32:00Z'),
    newId: () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    notify: (event) => events.push(event),
    showItemInFolder: (filePath) => shown.push(filePath),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    buildDocx: () => Promise.resolve(new TextEncoder().encode('not used')),
    pendingOpen: () => null,
    draftHolders: new DraftHolders(),
    ...overrides,
  };
  return { deps, dialogs, events, shown, opened, store };
}
