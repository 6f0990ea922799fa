import { mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDocx } from '../core/export/docx-reader.ts';
import { dpia } from './cli-harness.ts';
import { hostileFiles } from './hostile-files.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-notice-'));
  expect((await dpia(['example', '-o', 'valmont.dpia'], { cwd: dir })).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia notice', () => {
  it('writes the A4 sign beside the file and lists the facts left to complete', async () => {
    const result = await dpia(['notice', 'valmont.dpia', '--kind', 'sign'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const file = path.join(dir, 'valmont-sign-A4.docx');
    expect(result.stdout).toEqual([
      `Written: ${file}`,
      '2 items to complete: contact du délégué à la protection des données, adresse de la page d’information du site de la commune',
    ]);
    const sign = await openDocx(await readFile(file));
    expect(sign.text).toContain('Zone sous vidéoprotection');
    expect(sign.text).toContain('[À compléter : contact du délégué à la protection des données]');
  });

  it('writes the A3 sign and the web notice in English, in Word and in HTML, with French messages', async () => {
    const env = { LANG: 'fr_FR.UTF-8' };
    const a3 = await dpia(['notice', 'valmont.dpia', '--kind', 'sign', '--size', 'A3', '--lang', 'en'], {
      cwd: dir,
      env,
    });
    expect(a3.code).toBe(0);
    expect(a3.stdout[1]).toMatch(
      /^2 éléments à compléter\u202F: contact details of the data protection officer, /,
    );
    const sign = await openDocx(await readFile(path.join(dir, 'valmont-sign-A3.docx')));
    expect(sign.parts['word/document.xml']).toContain('<w:pgSz w:w="16838" w:h="23811"');
    expect(sign.parts['word/styles.xml']).toContain('w:lang w:val="en-GB"');

    const web = await dpia(['notice', 'valmont.dpia', '--kind', 'web', '--lang', 'en', '-o', 'notice.html'], {
      cwd: dir,
    });
    expect(web.code).toBe(0);
    const html = await readFile(path.join(dir, 'notice.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<caption>Filmed areas, by place</caption>');

    const docx = await dpia(['notice', 'valmont.dpia', '--kind', 'web'], { cwd: dir });
    expect(docx.code).toBe(0);
    const notice = await openDocx(await readFile(path.join(dir, 'valmont-web-notice.docx')));
    expect(notice.text).toContain('Zones filmées');
  });

  it('refuses to overwrite without --force, and replaces with it', async () => {
    const args = ['notice', 'valmont.dpia', '--kind', 'web', '-o', 'again.docx'];
    expect((await dpia(args, { cwd: dir })).code).toBe(0);
    const again = await dpia(args, { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toEqual([expect.stringContaining('--force')]);
    expect((await dpia([...args, '--force'], { cwd: dir })).code).toBe(0);
  });

  it('answers a wrong kind, a missing kind or an HTML sign with exit 2', async () => {
    for (const args of [
      ['notice', 'valmont.dpia', '--kind', 'poster'],
      ['notice', 'valmont.dpia'],
      ['notice', 'valmont.dpia', '--kind', 'sign', '--format', 'html', '-o', 'sign.html'],
      ['notice', 'valmont.dpia', '--kind', 'sign', '--size', 'A5'],
      // A file whose name says something else than what it holds.
      ['notice', 'valmont.dpia', '--kind', 'web', '--format', 'docx', '-o', 'web.html'],
      ['notice', 'valmont.dpia', '--kind', 'sign', '-o', 'sign.pdf'],
    ]) {
      const result = await dpia(args, { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toHaveLength(1);
    }
    for (const name of ['sign.html', 'web.html', 'sign.pdf'])
      await expect(stat(path.join(dir, name))).rejects.toThrow();
  });

  it.runIf(process.platform !== 'win32')(
    'refuses to write over a symlink, even one pointing nowhere, without --force',
    async () => {
      await symlink(path.join(dir, 'nowhere.html'), path.join(dir, 'dangling.html'));
      const result = await dpia(['notice', 'valmont.dpia', '--kind', 'web', '-o', 'dangling.html'], {
        cwd: dir,
      });
      expect(result.code).toBe(1);
      await expect(stat(path.join(dir, 'nowhere.html'))).rejects.toThrow();
    },
  );

  it('answers every class of hostile file with exit 1 and one line, writing nothing', async () => {
    for (const [name, bytes] of Object.entries(await hostileFiles())) {
      await writeFile(path.join(dir, 'hostile.dpia'), bytes);
      const result = await dpia(['notice', 'hostile.dpia', '--kind', 'web'], { cwd: dir });
      expect({ name, code: result.code, lines: result.stderr.length }).toEqual({ name, code: 1, lines: 1 });
      await expect(stat(path.join(dir, 'hostile-web-notice.docx'))).rejects.toThrow();
    }
  });

  it('loads the Word builders of the notices only when the command runs', async () => {
    const { metafile } = await build({
      entryPoints: [path.resolve(import.meta.dirname, '../../cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const importers = Object.values(metafile.inputs).flatMap((input) =>
      input.imports.filter((i) => i.path === 'core/notices/index.ts').map((i) => i.kind),
    );
    expect(importers).toEqual(['dynamic-import']);
  });
});
