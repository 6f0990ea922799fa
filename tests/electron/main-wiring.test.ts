// The real electron/main.ts, loaded against a mocked Electron: what it wires, and how.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_REQUESTS } from '../../core/api.ts';

const recorded = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  ipcChannels: [] as string[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  sessionHardened: false,
  menus: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { id: recorded.windows.length + 1, send: vi.fn(), mainFrame: {} };
    constructor(options: Record<string, unknown>) {
      recorded.windows.push({ options, loaded: [] });
    }
    loadURL(url: string) {
      recorded.windows.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
    once() {}
    on() {}
    maximize() {}
    static getFocusedWindow() {
      return null;
    }
  }
  const app = {
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getLocale: () => 'fr-FR',
    getPath: () => '/tmp/dpia-wiring-test',
    isReady: () => true,
    on: (event: string, listener: (...args: unknown[]) => void) => recorded.appEvents.set(event, listener),
    whenReady: () => Promise.resolve(),
  };
  return {
    app,
    BrowserWindow,
    dialog: {},
    ipcMain: { handle: (channel: string) => recorded.ipcChannels.push(channel) },
    Menu: { setApplicationMenu: () => recorded.menus++, buildFromTemplate: (t: unknown) => t },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        recorded.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (recorded.sessionHardened = true),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: () => undefined },
      },
    },
    shell: {},
  };
});

vi.mock('electron-store', () => ({
  default: class {
    private data = new Map<string, unknown>();
    get(key: string) {
      return this.data.get(key);
    }
    set(key: string, value: unknown) {
      this.data.set(key, value);
    }
  },
}));

beforeAll(async () => {
  await import('../../electron/main.ts');
  await new Promise((resolve) => setTimeout(resolve, 10));
});

describe('main process wiring', () => {
  it('registers app:// as a secure standard scheme before anything loads', () => {
    expect(recorded.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
  });

  it('opens a window with the secure options, on app://', () => {
    expect(recorded.windows).toHaveLength(1);
    const { options, loaded } = recorded.windows[0]!;
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(loaded).toEqual(['app://dpia/index.html']);
  });

  it('hardens the session, every web contents, and registers one IPC channel per request', () => {
    expect(recorded.sessionHardened).toBe(true);
    expect(recorded.appEvents.has('web-contents-created')).toBe(true);
    expect(recorded.ipcChannels).toContain('dpia:saveDocument');
    expect(recorded.ipcChannels).toHaveLength(API_REQUESTS.length);
    expect(recorded.menus).toBeGreaterThan(0);
  });

  it('serves nothing outside the renderer folder through app://', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    expect((await handler({ url: 'app://dpia/../../etc/passwd' })).status).toBe(404);
    expect((await handler({ url: 'app://dpia/%2e%2e/main/main.mjs' })).status).toBe(404);
  });
});
