// The bundles that really ship (dist/electron), started in plain Node against a stand-in Electron: this catches
// what the source-level tests cannot, such as a dependency that does not survive bundling.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REQUESTS } from '../../core/api.ts';

const root = path.resolve(import.meta.dirname, '../..');
let userData: string;

beforeAll(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'dpia-bundle-'));
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: root, stdio: 'pipe' });
});
afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('the bundled main process', () => {
  it('starts, opens a secure window on app://, registers every IPC channel and guards the protocol', () => {
    const output = execFileSync(
      process.execPath,
      ['tests/fixtures/fake-electron/start-main.mjs', path.join(root, 'dist/electron/main.mjs')],
      {
        cwd: root,
        env: { ...process.env, FAKE_ELECTRON_USER_DATA: userData },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    const wired = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(wired).toMatchObject({
      loaded: ['app://dpia/index.html'],
      channels: API_REQUESTS.length,
      hardened: true,
      traversal: 404,
    });
    expect((wired.windows as object[])[0]).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });
});

describe('the bundled preload', () => {
  it('needs nothing but electron, and exposes exactly the named functions of DpiaApi', async () => {
    const code = await readFile(path.join(root, 'dist/electron/preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposed: Record<string, Record<string, unknown>> = {};
    const fakeElectron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api),
      },
      ipcRenderer: { invoke: () => Promise.resolve(), on() {}, removeListener() {} },
    };
    const module = { exports: {} };
    // A sandboxed preload gets a limited require: running it with one that only knows `electron` proves it is enough.
    vm.runInNewContext(code, {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
        return fakeElectron;
      },
    });
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['dpia']);
    expect(Object.keys(exposed.dpia!).sort()).toEqual(
      [...API_REQUESTS, 'onExportProgress', 'onMenuCommand'].sort(),
    );
    expect(Object.values(exposed.dpia!).every((value) => typeof value === 'function')).toBe(true);
  });
});
