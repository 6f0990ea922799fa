import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDpiaFile, saveDpiaFile } from '../../../core/node/dpia-file.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('saving and opening files', () => {
  it('saves, opens, and keeps the previous version as .bak', async () => {
    const file = path.join(dir, 'aipd.dpia');
    await saveDpiaFile(file, await miniDocument({ title: 'Première version' }));
    await saveDpiaFile(file, await miniDocument({ title: 'Seconde version' }));
    expect((await openDpiaFile(file)).document.assessment.meta.title).toBe('Seconde version');
    expect((await openDpiaFile(`${file}.bak`)).document.assessment.meta.title).toBe('Première version');
    expect((await readdir(dir)).sort()).toEqual(['aipd.dpia', 'aipd.dpia.bak']);
  });

  it('leaves the existing file untouched when the save fails', async () => {
    const file = path.join(dir, 'aipd.dpia');
    await saveDpiaFile(file, await miniDocument({ title: 'Intacte' }));
    const before = await readFile(file);
    // A non-empty folder where the backup should go makes the save fail, even for root.
    await mkdir(path.join(`${file}.bak`, 'x'), { recursive: true });
    await expect(saveDpiaFile(file, await miniDocument({ title: 'Nouvelle' }))).rejects.toMatchObject({
      code: 'write-failed',
    });
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['aipd.dpia', 'aipd.dpia.bak']);
  });

  it('says clearly when the path is a folder or does not exist', async () => {
    await expect(openDpiaFile(dir)).rejects.toMatchObject({ code: 'not-a-file' });
    await expect(openDpiaFile(path.join(dir, 'missing.dpia'))).rejects.toMatchObject({
      code: 'file-not-found',
    });
  });
});
