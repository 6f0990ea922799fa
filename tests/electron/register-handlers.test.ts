// The register in the main process: folders only through the dialog, rows by pages while the reading goes on,
// a row opened or revealed by its id, never by a path from the page.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterPage } from '../../core/api.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { registerFolder, type RegisterFolder } from '../core/register/register-fixtures.ts';
import { fakeDeps } from './fake-deps.ts';

let folder: RegisterFolder;
let userData: string;
beforeAll(async () => {
  folder = await registerFolder();
  userData = `${folder.dir}-user`;
  await mkdir(path.join(userData, 'trusted-keys'), { recursive: true });
  await writeFile(
    path.join(userData, 'trusted-keys', 'mairie.json'),
    JSON.stringify({ name: 'Mairie', publicKeyPem: folder.trustedKeyPem, addedAt: '2026-01-01T00:00:00Z' }),
  );
});
afterAll(async () => {
  await rm(folder.dir, { recursive: true, force: true });
  await rm(userData, { recursive: true, force: true });
});

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: { en: string } } }): T => {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
};

async function readAll(
  handlers: ReturnType<typeof createHandlers>,
): Promise<RegisterPage & { pages: number }> {
  let page = value(await handlers.startRegister(undefined));
  const entries = [...page.entries];
  let pages = 1;
  while (!page.done) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    page = value(await handlers.registerPage({ scanId: page.scanId, from: entries.length }));
    entries.push(...page.entries);
    pages++;
  }
  return { ...page, entries, pages };
}

describe('register handlers', () => {
  it('adds folders only through the dialog, remembers them, and removes one by its place', async () => {
    const { deps, dialogs } = fakeDeps(userData);
    const handlers = createHandlers(deps);
    expect(value(await handlers.addRegisterFolder(undefined))).toBeNull(); // cancelled
    dialogs.open.push([folder.dir, path.join(folder.dir, 'archives')]);
    const prefs = value(await handlers.addRegisterFolder(undefined))!;
    expect(prefs.registerFolders).toEqual([folder.dir, path.join(folder.dir, 'archives')]);
    expect(value(await handlers.removeRegisterFolder({ index: 1 })).registerFolders).toEqual([folder.dir]);
    // The page cannot set a folder through the preferences.
    const sneaky = await handlers.setPreferences({ registerFolders: ['/etc'] });
    expect(sneaky.ok).toBe(false);
  });

  it('reads every row of the folders, each file once, with trusted and broken verdicts and reasons', async () => {
    const { deps, dialogs } = fakeDeps(userData);
    const handlers = createHandlers(deps);
    dialogs.open.push([folder.dir, path.join(folder.dir, 'archives')]);
    await handlers.addRegisterFolder(undefined);
    const all = await readAll(handlers);
    expect(all.asOf).toBe('2026-03-02');
    expect(all.total).toBe(6);
    expect(all.entries).toHaveLength(6);
    const byName = (name: string) => all.entries.find((e) => e.filePath === folder.file(name))!;
    expect(byName('archives/2025/signee.dpia').facts?.verdict).toBe('trusted');
    expect(byName('archives/falsifiee.dpia').facts?.verdict).toBe('broken');
    expect(byName('futur.dpia').problem?.fr).toContain('mettez l’application à jour');
  });

  it('opens a row by its id, reveals a listed file, and refuses ids and paths it did not list', async () => {
    const { deps, dialogs, shown } = fakeDeps(userData);
    const handlers = createHandlers(deps);
    dialogs.open.push([folder.dir]);
    await handlers.addRegisterFolder(undefined);
    const all = await readAll(handlers);
    const draft = all.entries.find((e) => e.filePath === folder.file('centre-ville.dpia'))!;
    const opened = value(await handlers.openRegisterEntry({ entryId: draft.id }));
    expect(opened.assessment.meta.title).toBe('AIPD du centre-ville');
    expect(value(await handlers.showInFolder({ filePath: folder.file('futur.dpia') }))).toBeNull();
    expect(shown).toContain(folder.file('futur.dpia'));
    const outside = `${folder.dir}-elsewhere.dpia`;
    await cp(folder.file('centre-ville.dpia'), outside);
    expect((await handlers.showInFolder({ filePath: outside })).ok).toBe(false);
    await rm(outside);
    const unknown = await handlers.openRegisterEntry({ entryId: 'a'.repeat(64) });
    expect(unknown.ok).toBe(false);
    expect((await handlers.openRegisterEntry({ entryId: '../../etc/passwd' })).ok).toBe(false);
  });

  it('refuses a page of a reading that is not the current one', async () => {
    const { deps } = fakeDeps(userData);
    const handlers = createHandlers(deps);
    const first = value(await handlers.startRegister(undefined));
    value(await handlers.startRegister(undefined));
    expect((await handlers.registerPage({ scanId: first.scanId, from: 0 })).ok).toBe(false);
  });
});
