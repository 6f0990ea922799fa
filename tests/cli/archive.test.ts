// dpia archive: a package an archivist checks years later with `sha256sum -c`, in a folder or a zip.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveReport } from '../../core/archive/report.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../core/node/keys.ts';
import { changeStatus } from '../../core/workflow/change-status.ts';
import { advance, validatedDocument } from '../core/signature/signable-document.ts';
import { miniDocument } from '../fixtures/mini-document.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
const run = (args: string[], env?: NodeJS.ProcessEnv) => dpia(args, { cwd: dir, ...(env ? { env } : {}) });
const write = async (name: string, document: Parameters<typeof writeDpia>[0]) => {
  const { bytes } = await writeDpia(document, { createdWith: 'tests', file: name });
  await writeFile(path.join(dir, name), bytes);
};
/** The real `sha256sum -c`, as an archivist runs it in the package's folder. */
const sha256sumCheck = (folder: string) =>
  spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-archive-'));
  await write('signed.dpia', await validatedDocument());
  await write('draft.dpia', await miniDocument());
  const refused = await miniDocument();
  const inReview = advance(refused.assessment, 'in-review', '2026-02-12T10:00:00Z');
  const result = changeStatus(inReview, {
    to: 'refused',
    by: 'M. Lefebvre',
    role: 'Maire',
    at: '2026-02-20T10:00:00Z',
    note: 'Caméras trop intrusives près des écoles.',
    findings: [],
  });
  if (!result.ok) throw result.error;
  await write('refused.dpia', { ...refused, assessment: result.assessment });
  expect((await run(['keygen', '-o', 'keys'])).code).toBe(0);
  const key = path.join('keys', PRIVATE_KEY_FILE);
  const signed = await run([
    'sign',
    'signed.dpia',
    '--key',
    key,
    '--signer',
    'M. Lefebvre',
    '--role',
    'Maire',
  ]);
  expect(signed.code).toBe(0);
  const trusted = await run(['trust', 'add', path.join('keys', PUBLIC_KEY_FILE), '--name', 'M. Lefebvre']);
  expect(trusted.code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia archive', () => {
  it('writes a folder that sha256sum -c accepts, and rejects once a file is changed', async () => {
    const result = await run(['archive', 'signed.dpia', '-o', 'package']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const folder = path.join(dir, 'package');
    expect((await readdir(folder)).sort()).toEqual([
      'SHA256SUMS',
      'signed.docx',
      'signed.dpia',
      'verification.json',
      'verification.txt',
    ]);
    // The .dpia is the file itself, byte for byte.
    expect(await readFile(path.join(folder, 'signed.dpia'))).toEqual(
      await readFile(path.join(dir, 'signed.dpia')),
    );
    const check = sha256sumCheck(folder);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout.trim().split('\n')).toHaveLength(4);

    const report = JSON.parse(
      await readFile(path.join(folder, 'verification.json'), 'utf8'),
    ) as ArchiveReport;
    expect(report.signature).toMatchObject({ verdict: 'trusted', signer: 'M. Lefebvre', role: 'Maire' });
    expect(report.signature.keyFingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
    expect(report.trustList).toEqual([
      expect.objectContaining({ name: 'M. Lefebvre', fingerprint: report.signature.keyFingerprint }),
    ]);
    expect(report.signature.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.document.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.word.pageNumbers).toBe(false);
    expect(report.archivedAt).toBe('2026-03-01T09:00:00.000Z');
    const text = await readFile(path.join(folder, 'verification.txt'), 'utf8');
    // The document is French: so is its report.
    expect(text).toContain('Signature reconnue');
    expect(text).toContain('sha256sum -c SHA256SUMS');

    await writeFile(path.join(folder, 'signed.docx'), 'altered');
    const tampered = sha256sumCheck(folder);
    expect(tampered.status).not.toBe(0);
    expect(tampered.stdout).toContain('signed.docx: FAILED');
  });

  it('writes the same zip twice for the same day, which sha256sum -c accepts once unzipped', async () => {
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    for (const out of ['a/aipd.zip', 'b/aipd.zip'])
      expect((await run(['archive', 'signed.dpia', '-o', out])).code).toBe(0);
    const zip = await readFile(path.join(dir, 'a/aipd.zip'));
    expect(zip).toEqual(await readFile(path.join(dir, 'b/aipd.zip')));

    const unzipped = path.join(dir, 'unzipped');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(zip)))) {
      expect(name.startsWith('aipd/')).toBe(true);
      await mkdir(path.dirname(path.join(unzipped, name)), { recursive: true });
      await writeFile(path.join(unzipped, name), bytes);
    }
    const folder = path.join(unzipped, 'aipd');
    expect(sha256sumCheck(folder).status).toBe(0);
    await writeFile(path.join(folder, 'verification.json'), '{}');
    expect(sha256sumCheck(folder).status).not.toBe(0);
  });

  it('archives a refused assessment, unsigned, saying so in its report', async () => {
    const result = await run(['archive', 'refused.dpia', '-o', 'refused'], {
      LANG: 'fr_FR.UTF-8',
    });
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain('Non signé');
    const report = JSON.parse(
      await readFile(path.join(dir, 'refused', 'verification.json'), 'utf8'),
    ) as ArchiveReport;
    expect(report.document.status).toBe('refused');
    expect(report.signature.verdict).toBe('unsigned');
  });

  it('refuses an unsigned draft in one line, writing nothing', async () => {
    const result = await run(['archive', 'draft.dpia', '-o', 'draft-package']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      '"draft.dpia" cannot be archived: only a signed or refused document is archived (status: draft).',
    ]);
    await expect(readdir(path.join(dir, 'draft-package'))).rejects.toThrow();
  });

  it('never writes into a non-empty folder or over a zip without --force', async () => {
    await mkdir(path.join(dir, 'full'));
    await writeFile(path.join(dir, 'full', 'notes.txt'), 'mine');
    const refused = await run(['archive', 'signed.dpia', '-o', 'full']);
    expect(refused.code).toBe(1);
    expect(refused.stderr[0]).toContain('is not empty');
    expect(await readdir(path.join(dir, 'full'))).toEqual(['notes.txt']);
    await writeFile(path.join(dir, 'old.zip'), 'old');
    expect((await run(['archive', 'signed.dpia', '-o', 'old.zip'])).stderr[0]).toContain('already exists');
    expect(await readFile(path.join(dir, 'old.zip'), 'utf8')).toBe('old');
    expect((await run(['archive', 'signed.dpia', '-o', 'old.zip', '--force'])).code).toBe(0);
  });
});
