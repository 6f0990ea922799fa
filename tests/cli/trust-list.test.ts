// A signature proves who signed only through the trust list: forged re-signatures, junk and stripped signatures.
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../core/node/keys.ts';
import { changeStatus } from '../../core/workflow/change-status.ts';
import { openDocx } from '../core/export/docx-reader.ts';
import { bytesOf, fixManifest, json } from '../core/signature/tamper-tools.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
let trusted: string;
let mayorFingerprint: string;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  dpia(args, { cwd: dir, env: { DPIA_TRUSTED_KEYS: trusted, ...env } });

async function tamper(
  from: string,
  to: string,
  change: (entries: Record<string, Uint8Array>) => Promise<void>,
) {
  const entries = unzipSync(new Uint8Array(await readFile(path.join(dir, from))));
  await change(entries);
  await writeFile(path.join(dir, to), zipSync(entries));
}

const fingerprintIn = (lines: string[]) =>
  /([0-9a-f]{4}(?: [0-9a-f]{4}){15})/.exec(lines.join('\n'))?.[1] ?? '';

async function validatedExample(): Promise<Uint8Array> {
  const document = await buildExampleDocument();
  let assessment: Assessment = document.assessment;
  for (const to of ['in-review', 'validated'] as const) {
    if (assessment.meta.status === to) continue;
    if (to === 'in-review' && assessment.meta.status !== 'draft') continue;
    const result = changeStatus(assessment, {
      to,
      by: 'M. Lefebvre',
      at: '2026-02-20T10:00:00Z',
      role: 'Maire',
      findings: [],
      justification: 'Plan d’action adopté',
    });
    if (!result.ok) throw result.error;
    assessment = result.assessment;
  }
  return (await writeDpia({ ...document, assessment }, { createdWith: 'tests', file: 'x.dpia' })).bytes;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-trust-list-'));
  trusted = path.join(dir, 'trusted');
  await writeFile(path.join(dir, 'signed.dpia'), await validatedExample());
  const mayor = await run(['keygen', '-o', 'mayor']);
  expect(mayor.code).toBe(0);
  mayorFingerprint = fingerprintIn(mayor.stdout);
  expect(
    (
      await run([
        'sign',
        'signed.dpia',
        '--key',
        path.join('mayor', PRIVATE_KEY_FILE),
        '--signer',
        'M. Bernard Lefebvre',
        '--role',
        'Maire',
      ])
    ).code,
  ).toBe(0);
  expect((await run(['keygen', '-o', 'forger'])).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a forged re-signature', () => {
  it('is not recognised: retention 21 → 365 days, a risk deleted, re-signed « Mme la maire, Maire » with a new key', async () => {
    await tamper('signed.dpia', 'forged.dpia', async (entries) => {
      const assessment = json(entries['assessment.json']!) as Assessment;
      const retention = assessment.answers['context.retention-days'];
      expect(retention).toMatchObject({ value: 21 });
      assessment.answers['context.retention-days'] = { ...retention!, value: 365 } as never;
      assessment.risks.pop();
      assessment.meta.status = 'validated';
      assessment.statusHistory.pop();
      entries['assessment.json'] = bytesOf(assessment);
      delete entries['signature.json'];
      await fixManifest(entries);
    });
    const signed = await run([
      'sign',
      'forged.dpia',
      '--key',
      path.join('forger', PRIVATE_KEY_FILE),
      '--signer',
      'Mme la maire',
      '--role',
      'Maire',
    ]);
    expect(signed.code).toBe(0);
    const result = await run(['verify', 'forged.dpia']);
    expect(result.code).toBe(4);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/not recognised/);
    expect(result.stderr[0]).toContain(fingerprintIn(signed.stdout));
    expect(result.stderr[0]).not.toContain(mayorFingerprint);
  });

  it('prints « not recognised », not an electronic signature of the mayor, in the Word export', async () => {
    expect((await run(['export', 'forged.dpia', '-o', 'forged.docx', '--lang', 'en'])).code).toBe(0);
    const docx = await openDocx(new Uint8Array(await readFile(path.join(dir, 'forged.docx'))));
    expect(docx.text).toContain('Signer not recognised');
    expect(docx.text).not.toContain('Trusted signature');
    // Councils still sign paper: the handwritten lines stay beside the electronic block.
    expect(docx.text).toContain('Name and role:');
  });
});

describe('dpia trust', () => {
  it('adds a public key with a name and a validity, lists it, and verify then exits 0', async () => {
    expect((await run(['verify', 'signed.dpia'])).code).toBe(4);
    const added = await run([
      'trust',
      'add',
      path.join('mayor', PUBLIC_KEY_FILE),
      '--name',
      'Mairie de Valmont — M. Lefebvre',
      '--until',
      '2030-03-31',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: [] });
    expect(added.stdout.join('\n')).toContain(mayorFingerprint);
    const files = await readdir(trusted);
    expect(files).toEqual([`${mayorFingerprint.replace(/ /g, '')}.json`]);
    if (process.platform !== 'win32') {
      expect((await stat(path.join(trusted, files[0]!))).mode & 0o077).toBe(0);
    }
    const list = await run(['trust', 'list']);
    expect(list.stdout.join('\n')).toMatch(/Mairie de Valmont — M\. Lefebvre.*2030-03-31/s);
    const verified = await run(['verify', 'signed.dpia']);
    expect(verified).toMatchObject({ code: 0, stderr: [] });
    expect(verified.stdout[0]).toMatch(/^Trusted signature/);
    expect(verified.stdout.join('\n')).toMatch(/Trusted as\s+Mairie de Valmont — M\. Lefebvre/);
    expect((await run(['verify', 'forged.dpia'])).code).toBe(4);
  });

  it('trusts the key given with --key, as before the trust list', async () => {
    const key = path.join('mayor', PUBLIC_KEY_FILE);
    const empty = path.join(dir, 'nowhere');
    expect((await run(['verify', 'signed.dpia', '--key', key, '--trusted-keys', empty])).code).toBe(0);
    const forged = await run(['verify', 'forged.dpia', '--key', key, '--trusted-keys', empty]);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toEqual([expect.stringContaining('was signed with another key')]);
  });

  it('takes the trust folder from --trusted-keys too', async () => {
    expect((await run(['verify', 'signed.dpia', '--trusted-keys', path.join(dir, 'nowhere')])).code).toBe(4);
    expect(
      (await run(['verify', 'signed.dpia', '--trusted-keys', trusted], { DPIA_TRUSTED_KEYS: '' })).code,
    ).toBe(0);
  });

  it('does not accept a signature dated after the key’s validity', async () => {
    await run([
      'trust',
      'add',
      path.join('mayor', PUBLIC_KEY_FILE),
      '--name',
      'Ancien mandat',
      '--until',
      '2025-12-31',
    ]);
    const result = await run(['verify', 'signed.dpia']);
    expect(result.code).toBe(4);
    expect(result.stderr[0]).toContain('2025-12-31');
    await run([
      'trust',
      'add',
      path.join('mayor', PUBLIC_KEY_FILE),
      '--name',
      'Mairie de Valmont — M. Lefebvre',
    ]);
    expect((await run(['verify', 'signed.dpia'])).code).toBe(0);
  });

  it('refuses a validity that is not a date, and removes a key by its fingerprint', async () => {
    expect(
      (await run(['trust', 'add', path.join('mayor', PUBLIC_KEY_FILE), '--name', 'X', '--until', 'demain']))
        .code,
    ).toBe(2);
    const removed = await run(['trust', 'remove', mayorFingerprint.replace(/ /g, '').slice(0, 12)]);
    expect(removed.code).toBe(0);
    expect((await run(['verify', 'signed.dpia'])).code).toBe(4);
    expect((await run(['trust', 'remove', 'abcdef0123'])).code).toBe(1);
    await run([
      'trust',
      'add',
      path.join('mayor', PUBLIC_KEY_FILE),
      '--name',
      'Mairie de Valmont — M. Lefebvre',
    ]);
  });
});

describe('« signed » is earned, never declared', () => {
  it('a junk signature.json is « broken », not « Signed: yes », and verify exits 1', async () => {
    await tamper('signed.dpia', 'junk.dpia', async (entries) => {
      entries['signature.json'] = bytesOf({ hello: 'world' });
      await fixManifest(entries);
    });
    const summary = await run(['validate', 'junk.dpia']);
    expect(summary.code).toBe(0);
    expect(summary.stdout.join('\n')).not.toMatch(/Signed\s+yes/);
    expect(summary.stdout.join('\n')).toMatch(/Signed\s+no — Broken signature/);
    expect(summary.stdout.join('\n')).toMatch(/Status\s+validated/);
    expect((await run(['verify', 'junk.dpia'])).code).toBe(1);
  });

  it('a signed file stripped of its signature and edited is not « signed » on the Word cover', async () => {
    await tamper('signed.dpia', 'stripped.dpia', async (entries) => {
      const assessment = json(entries['assessment.json']!) as Assessment;
      assessment.risks.pop();
      entries['assessment.json'] = bytesOf(assessment);
      delete entries['signature.json'];
      await fixManifest(entries);
    });
    expect((await run(['verify', 'stripped.dpia'])).code).toBe(1);
    expect((await run(['validate', 'stripped.dpia'])).stdout.join('\n')).toMatch(/Status\s+validated/);
    expect((await run(['export', 'stripped.dpia', '-o', 'stripped.docx', '--lang', 'en'])).code).toBe(0);
    const docx = await openDocx(new Uint8Array(await readFile(path.join(dir, 'stripped.docx'))));
    expect(docx.text).not.toMatch(/Status\s*Signed/);
    expect(docx.text).toMatch(/Status\s*Validated/);
  });

  it('a trusted signature says so in the Word export, with one content hash under one label', async () => {
    expect((await run(['export', 'signed.dpia', '-o', 'signed.docx', '--lang', 'en'])).code).toBe(0);
    const docx = await openDocx(new Uint8Array(await readFile(path.join(dir, 'signed.docx'))));
    expect(docx.text).toContain('Trusted signature');
    expect(docx.text).toMatch(/Status\s*Signed/);
    expect(docx.text).toContain('Name and role:');
    const hash = /Content hash\s+([0-9a-f]{64})/.exec(
      (await run(['verify', 'signed.dpia'])).stdout.join('\n'),
    )?.[1];
    expect(hash).toBeDefined();
    expect(docx.text.split(`Fingerprint of the signed content (SHA-256) ${hash}`).length - 1).toBe(2);
    expect(docx.text).not.toContain('Content fingerprint (SHA-256)');
  });
});

describe('passphrase-protected keys', () => {
  it('keygen --passphrase encrypts the key; sign needs the passphrase; a wrong one is one clear line', async () => {
    const made = await run(['keygen', '-o', 'locked', '--passphrase', 'correct horse battery']);
    expect(made.code).toBe(0);
    expect(await readFile(path.join(dir, 'locked', PRIVATE_KEY_FILE), 'utf8')).toMatch(
      /^-----BEGIN ENCRYPTED PRIVATE KEY-----/,
    );
    await writeFile(path.join(dir, 'to-sign.dpia'), await validatedExample());
    const key = path.join('locked', PRIVATE_KEY_FILE);
    const args = ['sign', 'to-sign.dpia', '--key', key, '--signer', 'M. Lefebvre', '--role', 'Maire'];
    const missing = await run(args);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual([expect.stringContaining('DPIA_KEY_PASSPHRASE')]);
    const wrong = await run(args, { DPIA_KEY_PASSPHRASE: 'wrong passphrase' });
    expect(wrong).toMatchObject({
      code: 1,
      stderr: [`Wrong passphrase for the private key "${PRIVATE_KEY_FILE}".`],
    });
    expect((await run(args, { DPIA_KEY_PASSPHRASE: 'correct horse battery' })).code).toBe(0);
    expect((await run(['verify', 'to-sign.dpia'])).code).toBe(4);
  });

  it.runIf(process.platform !== 'win32')(
    'keygen --force replaces a symlink planted at the key’s name, never the file it points to',
    async () => {
      const victim = path.join(dir, 'victim.txt');
      await writeFile(victim, 'precious');
      await mkdir(path.join(dir, 'planted'));
      await symlink(victim, path.join(dir, 'planted', PRIVATE_KEY_FILE));
      expect((await run(['keygen', '-o', 'planted', '--force'])).code).toBe(0);
      expect(await readFile(victim, 'utf8')).toBe('precious');
      const key = path.join(dir, 'planted', PRIVATE_KEY_FILE);
      expect((await lstat(key)).isFile()).toBe(true);
      expect((await stat(key)).mode & 0o777).toBe(0o600);
    },
  );

  it('keygen without a passphrase still writes an owner-only unencrypted key', async () => {
    expect(await readFile(path.join(dir, 'mayor', PRIVATE_KEY_FILE), 'utf8')).toMatch(
      /^-----BEGIN PRIVATE KEY-----/,
    );
  });
});
