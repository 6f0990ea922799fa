// Runs the built renderer in Debian's Chromium with window.dpia bridged to the REAL main-process handlers
// (createHandlers) over temp folders and scripted dialogs; records every network request the page makes.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { API_REQUESTS } from '../../core/api.ts';
import type { ApiRequest } from '../../core/api.ts';
import { buildDocx } from '../../core/export/docx/build-docx.ts';
import type { Language } from '../../core/model/localized.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import type { HandlerDeps, MainEvent } from '../../electron/handlers/deps.ts';
import { DraftHolders } from '../../electron/handlers/draft-holders.ts';
import { createPreferences, defaultPreferences } from '../../electron/preferences.ts';
import { findChromium } from './browser-path.mjs';
import { AXE_PATH, serveStatic } from './static-server.ts';
import type { StaticServer } from './static-server.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist/renderer');
export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('No Chromium, Chrome or Edge found: install one, or set DPIA_CHROMIUM to its path.');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The system dialogs, played by the test: each call takes the next answer (none left = the user cancels). */
export interface ScriptedDialogs {
  open: string[][];
  save: string[];
  messageBox: number[];
}

export interface AppSession {
  page: Page;
  context: BrowserContext;
  server: StaticServer;
  dir: string;
  dialogs: ScriptedDialogs;
  shownInFolder: string[];
  openedExternally: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests that went anywhere but the app's own server. */
  outsideRequests: () => string[];
  close: () => Promise<void>;
}

/**
 * The page side of the bridge, as the preload: a DpiaApi forwarding each request to the `__dpiaInvoke` binding
 * (answers arrive as JSON text, as over the app's IPC) and receiving the
 * main process's events through `__dpiaEmit`. Plain JavaScript text, so that nothing of the Node-side compilation
 * (helpers, imports) leaks into the page.
 */
const BRIDGE_SCRIPT = (requests: readonly string[]) => `(() => {
  const listeners = { 'menu-command': new Set(), 'export-progress': new Set() };
  const api = {};
  for (const method of ${JSON.stringify(requests)})
    api[method] = (input) => window.__dpiaInvoke(method, input).then((text) => JSON.parse(text));
  const subscribe = (channel) => (listener) => {
    listeners[channel].add(listener);
    return () => { listeners[channel].delete(listener); };
  };
  api.onMenuCommand = subscribe('menu-command');
  api.onExportProgress = subscribe('export-progress');
  Object.defineProperty(window, '__dpiaEmit', {
    value: (channel, payload) => { for (const listener of listeners[channel] ?? []) listener(payload); },
  });
  Object.defineProperty(window, 'dpia', { value: Object.freeze(api) });
})();`;

export async function startApp(
  browser: Browser,
  options: { language?: Language; server: StaticServer; viewport?: { width: number; height: number } },
): Promise<AppSession> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-e2e-'));
  const dialogs: ScriptedDialogs = { open: [], save: [], messageBox: [] };
  const shownInFolder: string[] = [];
  const openedExternally: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  let page: Page | null = null;
  const store = new Map<string, unknown>();
  const preferences = createPreferences(
    { get: (key) => store.get(key), set: (key, value) => void store.set(key, value) },
    {
      ...defaultPreferences(options.language ?? 'fr', path.join(dir, 'templates')),
      authorName: 'Claire Martin',
      authorRole: 'DPD',
    },
  );
  let ids = 0;
  const deps: HandlerDeps = {
    userDataDir: path.join(dir, 'user-data'),
    dialog: {
      showOpenDialog: () => {
        const filePaths = dialogs.open.shift() ?? [];
        return Promise.resolve({ canceled: filePaths.length === 0, filePaths });
      },
      showSaveDialog: () => {
        const filePath = dialogs.save.shift();
        return Promise.resolve({ canceled: filePath === undefined, filePath });
      },
      showMessageBox: (o) => Promise.resolve({ response: dialogs.messageBox.shift() ?? o.cancelId }),
    },
    preferences,
    now: () => new Date(),
    newId: () => `20000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
    notify: (event: MainEvent) => {
      void page?.evaluate(
        ([channel, payload]) =>
          (window as unknown as { __dpiaEmit: (c: string, p: unknown) => void }).__dpiaEmit(channel, payload),
        [event.channel, event.payload] as const,
      );
    },
    showItemInFolder: (filePath) => void shownInFolder.push(filePath),
    openExternal: (url) => {
      openedExternally.push(url);
      return Promise.resolve();
    },
    buildDocx: async (document, options, onProgress) => {
      onProgress(0.1);
      const bytes = await buildDocx(document, options);
      onProgress(1);
      return bytes;
    },
    pendingOpen: () => null,
    draftHolders: new DraftHolders(),
  };
  const handlers = createHandlers(deps);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.language === 'en' ? 'en-GB' : 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  context.on('request', (request) => void requests.push(request.url()));
  // Belt and braces: anything leaving the app's server is refused (and still counted above).
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`${options.server.origin}/`)
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  await context.exposeBinding('__dpiaInvoke', async (_source, method: string, input: unknown) => {
    if (!(API_REQUESTS as readonly string[]).includes(method)) throw new Error(`unknown method ${method}`);
    const handler = handlers[method as ApiRequest] as (input: unknown) => Promise<unknown>;
    // As electron/ipc.ts does: the answer crosses as JSON text, parsed on the page side as the preload does.
    return JSON.stringify(await handler(input));
  });
  await context.addInitScript({ content: BRIDGE_SCRIPT(API_REQUESTS) });
  page = await context.newPage();
  page.on('pageerror', (error) => void pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${options.server.origin}/index.html`);
  return {
    page,
    context,
    server: options.server,
    dir,
    dialogs,
    shownInFolder,
    openedExternally,
    requests,
    pageErrors,
    outsideRequests: () => requests.filter((url) => !url.startsWith(`${options.server.origin}/`)),
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export { serveStatic };

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
