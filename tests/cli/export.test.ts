import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dpia } from './cli-harness.ts';

let dir: string;
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-export-'));
  expect((await dpia(['example', '-o', 'valmont.dpia'], { cwd: dir })).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia export', () => {
  it('writes the Word document beside the file, never touching the .dpia', async () => {
    const source = path.join(dir, 'valmont.dpia');
    const before = await sha(source);
    const result = await dpia(['export', 'valmont.dpia'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(result.stdout[0]).toContain('valmont.docx');
    expect(await sha(source)).toBe(before);
    const { value: text } = await mammoth.extractRawText({
      buffer: await readFile(path.join(dir, 'valmont.docx')),
    });
    expect(text).toContain('Valmont-sur-Escaut');
    expect(text).toContain('CAM-361');
    // The findings annex carries what the checks found: the municipal number-plate reading among them.
    expect(text).toMatch(/LAPI|lecture automatisée des plaques/i);
  });

  it('prints a confidentiality marking in the running header and gives the same bytes twice', async () => {
    const args = [
      'export',
      'valmont.dpia',
      '-o',
      'marked.docx',
      '--marking',
      'Diffusion restreinte',
      '--force',
    ];
    expect((await dpia(args, { cwd: dir })).code).toBe(0);
    const first = await sha(path.join(dir, 'marked.docx'));
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(await readFile(path.join(dir, 'marked.docx')));
    const headers = Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name));
    expect(headers.some((name) => strFromU8(parts[name]!).includes('DIFFUSION RESTREINTE'))).toBe(true);
    expect((await dpia(args, { cwd: dir })).code).toBe(0);
    expect(await sha(path.join(dir, 'marked.docx'))).toBe(first);
  });

  it('exports in English on request, and refuses to overwrite without --force', async () => {
    const english = await dpia(['export', 'valmont.dpia', '--lang', 'en', '-o', 'valmont-en.docx'], {
      cwd: dir,
    });
    expect(english.code).toBe(0);
    const { value: text } = await mammoth.extractRawText({
      buffer: await readFile(path.join(dir, 'valmont-en.docx')),
    });
    expect(text).toMatch(/Table of contents|Contents/);
    const again = await dpia(['export', 'valmont.dpia', '--lang', 'en', '-o', 'valmont-en.docx'], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toEqual([expect.stringContaining('--force')]);
    expect(
      (
        await dpia(['export', 'valmont.dpia', '--lang', 'en', '-o', 'valmont-en.docx', '--force'], {
          cwd: dir,
        })
      ).code,
    ).toBe(0);
  });

  it('answers an unreadable input with exit 1 and one line, writing nothing', async () => {
    await writeFile(path.join(dir, 'notes.dpia'), 'just some notes');
    const result = await dpia(['export', 'notes.dpia'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    await expect(readFile(path.join(dir, 'notes.docx'))).rejects.toThrow();
  });
});

describe('dpia status, then sign and verify', () => {
  it('validates only with a justification when errors remain, then signs and verifies', async () => {
    expect((await dpia(['example', '-o', 'to-sign.dpia'], { cwd: dir })).code).toBe(0);
    const refused = await dpia(['status', 'to-sign.dpia', '--to', 'validated', '--by', 'Mme la maire'], {
      cwd: dir,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toEqual([expect.stringContaining('justification')]);
    const validated = await dpia(
      [
        'status',
        'to-sign.dpia',
        '--to',
        'validated',
        '--by',
        'Mme la maire',
        '--role',
        'Maire',
        '--justification',
        'Plan d’action engagé.',
      ],
      { cwd: dir },
    );
    expect(validated).toMatchObject({ code: 0, stdout: [expect.stringContaining('in review → validated')] });
    expect((await dpia(['keygen', '-o', 'keys'], { cwd: dir })).code).toBe(0);
    const signed = await dpia(
      [
        'sign',
        'to-sign.dpia',
        '--key',
        'keys/dpia-signing-key.pem',
        '--signer',
        'Mme la maire',
        '--role',
        'Maire',
      ],
      { cwd: dir },
    );
    expect(signed.code).toBe(0);
    // Intact but not yet in the trust list: not recognised (exit 4) until the key is trusted.
    expect((await dpia(['verify', 'to-sign.dpia'], { cwd: dir })).code).toBe(4);
    const trust = ['trust', 'add', 'keys/dpia-signing-key.pub.pem', '--name', 'Mme la maire'];
    expect((await dpia(trust, { cwd: dir })).code).toBe(0);
    expect((await dpia(['verify', 'to-sign.dpia'], { cwd: dir })).code).toBe(0);
    // The signed document's export prints the signature block with the key fingerprint.
    expect((await dpia(['export', 'to-sign.dpia'], { cwd: dir })).code).toBe(0);
    const { value: text } = await mammoth.extractRawText({
      buffer: await readFile(path.join(dir, 'to-sign.docx')),
    });
    const fingerprint = (await dpia(['verify', 'to-sign.dpia'], { cwd: dir })).stdout
      .join('\n')
      .match(/([0-9a-f]{4} ){15}[0-9a-f]{4}/)?.[0];
    expect(fingerprint).toBeDefined();
    expect(text).toContain(fingerprint);
  });
});
