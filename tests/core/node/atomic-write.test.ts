// Atomic replacement of a file: never through a planted symlink, keeping the file's mode.
import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../core/node/atomic-write.ts';

const posix = process.platform !== 'win32';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe.runIf(posix)('writeFileAtomic', () => {
  it('never follows a symlink planted at a predictable temporary name', async () => {
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    const file = path.join(dir, 'aipd.dpia');
    await writeFile(file, 'old');
    for (const name of ['aipd.dpia.tmp', 'aipd.dpia.bak.tmp', '.aipd.dpia.tmp', 'aipd.dpia.bak'])
      await symlink(victim, path.join(dir, name));
    await writeFileAtomic(file, bytes('new one'), { keepBackup: true });
    await writeFileAtomic(file, bytes('newer'), { keepBackup: true });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(file, 'utf8')).toBe('newer');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('new one');
    expect((await lstat(`${file}.bak`)).isSymbolicLink()).toBe(false);
    // No temporary file of ours is left behind; the planted links are still links, to the same target.
    expect((await readdir(dir)).sort()).toEqual(
      [
        '.aipd.dpia.tmp',
        'aipd.dpia',
        'aipd.dpia.bak',
        'aipd.dpia.bak.tmp',
        'aipd.dpia.tmp',
        'victim.txt',
      ].sort(),
    );
    expect((await lstat(`${file}.tmp`)).isSymbolicLink()).toBe(true);
  });

  it('saves a document opened through a symlink where it lives, with a real copy as its backup', async () => {
    const real = path.join(dir, 'aipd.dpia');
    await writeFile(real, 'old');
    const link = path.join(dir, 'raccourci.dpia');
    await symlink(real, link);
    await writeFileAtomic(link, bytes('new'), { keepBackup: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(`${real}.bak`)).isFile()).toBe(true);
    expect(await readFile(`${real}.bak`, 'utf8')).toBe('old');
  });

  it('replaces a symlink itself when asked (keys), never the file it points to', async () => {
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    await chmod(victim, 0o644);
    const key = path.join(dir, 'key.pem');
    await symlink(victim, key);
    await writeFileAtomic(key, bytes('secret'), { mode: 0o600, replaceLink: true });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(key)).isFile()).toBe(true);
    expect((await stat(key)).mode & 0o777).toBe(0o600);
  });

  it('keeps the mode of the file it replaces', async () => {
    const file = path.join(dir, 'private.dpia');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, bytes('new'), { keepBackup: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(`${file}.bak`)).mode & 0o777).toBe(0o600);
  });

  it('creates a new private file owner-only when asked', async () => {
    const file = path.join(dir, 'draft.dpia');
    await writeFileAtomic(file, bytes('draft'), { mode: 0o600 });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
