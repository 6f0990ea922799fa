import { API_REQUESTS } from '../../core/api.ts';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerIpc, checkSender } from '../../electron/ipc.ts';
import { resolveAppPath, CONTENT_SECURITY_POLICY } from '../../electron/protocol.ts';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  secureWebPreferences,
} from '../../electron/security.ts';
import type { Handlers } from '../../electron/handlers/index.ts';

describe('window security options', () => {
  it('creates windows sandboxed, isolated, without Node, with web security', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});

describe('web contents', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let windowOpen: (() => { action: string }) | undefined;
    return {
      emitter,
      contents: Object.assign(emitter, {
        setWindowOpenHandler: (handler: () => { action: string }) => (windowOpen = handler),
      }),
      windowOpen: () => windowOpen?.(),
    };
  }
  const fire = (emitter: EventEmitter, name: string, url: string) => {
    let prevented = false;
    emitter.emit(name, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  };

  it('denies navigation away from the app, redirects, webviews and new windows', () => {
    const { emitter, contents, windowOpen } = fakeContents();
    hardenWebContents(contents as never);
    expect(fire(emitter, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(emitter, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(emitter, 'will-navigate', 'app://dpia/index.html')).toBe(false);
    expect(fire(emitter, 'will-redirect', 'app://dpia/index.html')).toBe(true);
    expect(fire(emitter, 'will-attach-webview', '')).toBe(true);
    expect(windowOpen()).toEqual({ action: 'deny' });
  });
});

describe('session', () => {
  function fakeSession() {
    const calls: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (calls.request = h),
      setPermissionCheckHandler: (h: never) => (calls.check = h),
      setDevicePermissionHandler: (h: never) => (calls.device = h),
      webRequest: { onBeforeRequest: (h: never) => (calls.beforeRequest = h) },
    };
    hardenSession(session as never);
    return calls as unknown as {
      request: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check: () => boolean;
      device: () => boolean;
      beforeRequest: (details: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    };
  }

  it('denies every permission request', () => {
    const calls = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      calls.request(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(calls.check()).toBe(false);
    expect(calls.device()).toBe(false);
  });

  it('blocks every request that is not app://', () => {
    const calls = fakeSession();
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      calls.beforeRequest({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('app://dpia/assets/index.js')).toBe(false);
    for (const url of [
      'https://www.cnil.fr/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'ws://x/',
      'app://other/x',
      'data:text/html,x',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(isAllowedRequest('app://dpiaevil.com/x')).toBe(false);
  });
});

describe('the app:// protocol', () => {
  const root = path.resolve('/opt/dpia/renderer');
  it('serves files of the renderer folder', () => {
    expect(resolveAppPath('app://dpia/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://dpia/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://dpia/assets/app.js?v=1', root)).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://dpia/../main/main.mjs',
    'app://dpia/%2e%2e/%2e%2e/etc/passwd',
    'app://dpia/assets/..%2f..%2fsecret',
    'app://dpia/..%5c..%5cwindows',
    'app://dpia/a%00.html',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://dpia/index.html',
    'app://dpia/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('sends a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

describe('IPC', () => {
  const event = (url: string, top = true) => {
    const mainFrame = { url };
    return { senderFrame: top ? mainFrame : { url }, sender: { id: 1, mainFrame } };
  };

  it('refuses a foreign sender frame, and a sub-frame of ours', () => {
    expect(() => checkSender(event('https://evil.example/') as never)).toThrow(/not the application/);
    expect(() => checkSender(event('app://dpia/index.html', false) as never)).toThrow();
    expect(() => checkSender(event('app://dpia/index.html') as never)).not.toThrow();
  });

  it('answers a foreign frame with a refusal, without calling the handler', async () => {
    const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
    let called = false;
    const handlers = new Proxy({} as Handlers, {
      get: () => () => ((called = true), Promise.resolve({ ok: true, value: null })),
    });
    registerIpc({ handle: (channel: string, fn: never) => void registered.set(channel, fn) }, () => handlers);
    expect(registered.size).toBe(API_REQUESTS.length);
    const refused = JSON.parse(
      (await registered.get('dpia:openDocument')!(event('https://evil.example/'), {})) as string,
    ) as unknown;
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(called).toBe(false);
    await registered.get('dpia:openDocument')!(event('app://dpia/index.html'), {});
    expect(called).toBe(true);
  });
});
