// The trust commands end to end: check, keygen, sign, verify and diff, in-process and as the bundled program.
import { chmod, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../core/node/keys.ts';
import { cleanAssessment, csuTemplate } from '../core/checks/fixtures.ts';
import { validatedDocument } from '../core/signature/signable-document.ts';
import { bytesOf, fixManifest, json } from '../core/signature/tamper-tools.ts';
import { miniDocument } from '../fixtures/mini-document.ts';
import { bundleCli, dpia, runBundled } from './cli-harness.ts';

let dir: string;
let bundled: string;
let fingerprint: string;

const write = async (name: string, document: Parameters<typeof writeDpia>[0]) => {
  const { bytes } = await writeDpia(document, { createdWith: 'tests', file: name });
  await writeFile(path.join(dir, name), bytes);
};
const run = (args: string[], env?: NodeJS.ProcessEnv) => dpia(args, { cwd: dir, ...(env ? { env } : {}) });
const key = path.join('keys', PRIVATE_KEY_FILE);

async function tamper(
  from: string,
  to: string,
  change: (entries: Record<string, Uint8Array>) => Promise<void> | void,
) {
  const entries = unzipSync(new Uint8Array(await readFile(path.join(dir, from))));
  await change(entries);
  await writeFile(path.join(dir, to), zipSync(entries));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-trust-'));
  bundled = await bundleCli(dir);
  await write('validated.dpia', await validatedDocument());
  await write('draft.dpia', await miniDocument());
  await write('clean.dpia', {
    assessment: cleanAssessment(),
    template: csuTemplate(),
    attachments: new Map(),
    signature: null,
    revisionSnapshots: new Map(),
  });
  expect((await run(['example', '-o', 'example.dpia'])).code).toBe(0);
  const keygen = await run(['keygen', '-o', 'keys']);
  expect(keygen.code).toBe(0);
  fingerprint = /([0-9a-f]{4}(?: [0-9a-f]{4}){15})/.exec(keygen.stdout.join('\n'))?.[1] ?? '';
  await copyFile(path.join(dir, 'validated.dpia'), path.join(dir, 'signed.dpia'));
  const signed = await run([
    'sign',
    'signed.dpia',
    '--key',
    key,
    '--signer',
    'M. Bernard Lefebvre',
    '--role',
    'Maire',
  ]);
  expect(signed).toMatchObject({ code: 0, stderr: [] });
  const trusted = await run([
    'trust',
    'add',
    path.join('keys', PUBLIC_KEY_FILE),
    '--name',
    'M. Bernard Lefebvre',
  ]);
  expect(trusted.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia check', () => {
  // As of June 2026 the plan's end of plate reading (due 30 April) is overdue: the finding is an error again.
  const AS_OF = ['--as-of', '2026-06-01'];

  it('lists the findings the example calls for, with their sources, and exits 0', async () => {
    const result = await run(['check', 'example.dpia', ...AS_OF]);
    expect(result.code).toBe(0);
    const out = result.stdout.join('\n');
    expect(out).toMatch(/errors?, \d+ warnings?, \d+ for information\./);
    expect(out).toContain('ERROR  csu.lapi.municipal');
    expect(out).toContain('INFORMATION  csu.biometrics.dormant.in-action-plan'); // the plan's neutralisation is due in 2027
    expect(out).toContain('Source: CSI, art. L233-1');
    expect(out).toMatch(/Where: .* \(240 cameras\)/);
  });

  it('exits 3 with --strict when an error-level finding exists, 0 when none does', async () => {
    expect((await run(['check', 'example.dpia', '--strict'])).code).toBe(3);
    const clean = await run(['check', 'clean.dpia', '--strict']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('No findings.');
  });

  it('prints JSON, in the language asked for', async () => {
    const result = await run(['check', 'example.dpia', '--json', '--lang', 'fr', ...AS_OF]);
    const report = JSON.parse(result.stdout.join('\n')) as {
      counts: Record<string, number>;
      findings: { id: string; message: string; where: string; location: { kind: string } }[];
    };
    expect(report.counts.error).toBeGreaterThan(0);
    // The one count of every surface: the missing answers it includes said apart.
    expect(report.counts.missingAnswers).toBe(
      report.findings.filter((f) => f.id === 'completeness.required-answer').length,
    );
    expect(report.counts.total).toBe(report.findings.length);
    const lapi = report.findings.find((f) => f.id === 'csu.lapi.municipal');
    expect(lapi?.message).toMatch(/^Lecture automatisée des plaques/);
    expect(lapi?.location.kind).toBe('question');
  });

  it('speaks French with --lang fr', async () => {
    const out = (await run(['check', 'example.dpia', '--lang', 'fr', ...AS_OF])).stdout.join('\n');
    expect(out).toContain('ERREUR  csu.lapi.municipal');
    expect(out).toContain('Source\u202F: CSI, art. L233-1');
  });
});

describe('dpia keygen', () => {
  it('writes a private key only its owner can read, and a public key', async () => {
    const privateMode = (await stat(path.join(dir, 'keys', PRIVATE_KEY_FILE))).mode & 0o777;
    if (process.platform !== 'win32') expect(privateMode).toBe(0o600);
    expect(await readFile(path.join(dir, 'keys', PUBLIC_KEY_FILE), 'utf8')).toMatch(
      /^-----BEGIN PUBLIC KEY-----/,
    );
    expect(fingerprint).not.toBe('');
  });

  it('never replaces existing keys unless --force is given', async () => {
    const again = await run(['keygen', '-o', 'keys']);
    expect(again.code).toBe(1);
    expect(again.stderr).toEqual([expect.stringContaining('--force')]);
    await run(['keygen', '-o', 'spare']);
    expect((await run(['keygen', '-o', 'spare', '--force'])).code).toBe(0);
  });
});

describe('dpia sign', () => {
  it('locks the document and keeps the unsigned version as .bak', async () => {
    const validated = await readFile(path.join(dir, 'validated.dpia'));
    expect(await readFile(path.join(dir, 'signed.dpia.bak'))).toEqual(validated);
    const summary = await run(['validate', 'signed.dpia']);
    expect(summary.stdout.join('\n')).toMatch(/Status\s+signed/);
    expect(summary.stdout.join('\n')).toMatch(/Signed\s+yes — Trusted signature/);
  });

  it('refuses a draft, in one line, leaving the file unchanged', async () => {
    const before = await readFile(path.join(dir, 'draft.dpia'));
    const result = await run(['sign', 'draft.dpia', '--key', key, '--signer', 'X', '--role', 'Maire']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(['The document cannot go from "draft" to "signed".']);
    expect(await readFile(path.join(dir, 'draft.dpia'))).toEqual(before);
  });

  it('refuses to sign twice', async () => {
    const result = await run(['sign', 'signed.dpia', '--key', key, '--signer', 'X', '--role', 'Maire']);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/is signed/);
  });

  it('refuses a private key that other users can read', async () => {
    if (process.platform === 'win32') return;
    await copyFile(path.join(dir, key), path.join(dir, 'loose.pem'));
    await chmod(path.join(dir, 'loose.pem'), 0o644);
    const result = await run([
      'sign',
      'validated.dpia',
      '--key',
      'loose.pem',
      '--signer',
      'X',
      '--role',
      'Maire',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringContaining('chmod 600')]);
  });

  it('requires the signer and the role', async () => {
    const result = await run(['sign', 'validated.dpia', '--key', key, '--signer', 'X']);
    expect(result.code).toBe(2);
  });
});

describe('dpia verify', () => {
  it('exits 0 and prints signer, role, date, hash and key fingerprint when the file is intact and trusted', async () => {
    const result = await run(['verify', 'signed.dpia']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const out = result.stdout.join('\n');
    expect(result.stdout[0]).toBe(
      'Trusted signature: the document is intact and signed by a key in the trust list.',
    );
    expect(out).toMatch(/Signer\s+M\. Bernard Lefebvre/);
    expect(out).toMatch(/Role\s+Maire/);
    expect(out).toMatch(/Signed at\s+2026-03-01T09:00:00\.000Z/);
    expect(out).toMatch(/Content hash\s+[0-9a-f]{64}/);
    expect(out).toContain(fingerprint);
    expect((await run(['verify', 'signed.dpia', '--key', path.join('keys', PUBLIC_KEY_FILE)])).code).toBe(0);
  });

  it('exits 1 for an unsigned file', async () => {
    const result = await run(['verify', 'validated.dpia']);
    expect(result).toMatchObject({ code: 1, stdout: [], stderr: ['"validated.dpia" is not signed.'] });
  });

  it('exits 1 when the content changed, even with the manifest hash recomputed', async () => {
    await tamper('signed.dpia', 'forged.dpia', async (entries) => {
      const assessment = json(entries['assessment.json']!) as { meta: { title: string } };
      assessment.meta.title = 'AIPD modifiée';
      entries['assessment.json'] = bytesOf(assessment);
      await fixManifest(entries);
    });
    const result = await run(['verify', 'forged.dpia']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      'Signature NOT valid: "forged.dpia" has changed since it was signed: assessment.json.',
    ]);
  });

  it('exits 1 when an attachment changed', async () => {
    await tamper('signed.dpia', 'attachment.dpia', (entries) => {
      const name = Object.keys(entries).find((n) => /^attachments\/./.test(n))!;
      entries[name]![0] = entries[name]![0]! ^ 1;
    });
    const result = await run(['verify', 'attachment.dpia']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringMatching(/^Signature NOT valid: .*hash of "attachments\//)]);
  });

  it('exits 1 when the file was signed with another key than the one given', async () => {
    const result = await run(['verify', 'signed.dpia', '--key', path.join('spare', PUBLIC_KEY_FILE)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringContaining('was signed with another key')]);
  });

  it('answers in French when the terminal is French', async () => {
    const result = await run(['verify', 'signed.dpia'], { LANG: 'fr_FR.UTF-8' });
    expect(result.stdout[0]).toBe(
      'Signature reconnue\u202F: le document est intact et signé par une clé de la liste de confiance.',
    );
  });
});

describe('dpia diff', () => {
  it('lists the revisions of a file', async () => {
    const result = await run(['diff', 'signed.dpia']);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('Revisions of signed.dpia:');
    expect(result.stdout[1]).toMatch(
      /^ {2}00000000 {2}2026-02-11 {2}Mme Verhaeghe {2}« Version relue » — Relecture du DPO$/,
    );
  });

  it('compares two files: fields, status changes', async () => {
    const result = await run(['diff', 'validated.dpia', 'signed.dpia']);
    expect(result.code).toBe(0);
    const out = result.stdout.join('\n');
    expect(out).toContain('Comparing validated.dpia (current version) → signed.dpia (current version)');
    expect(out).toMatch(/Changed fields: .*meta\.status/);
    expect(out).toMatch(
      /Status changes:\n {2}2026-03-01T09:00:00\.000Z {2}signed {2}M\. Bernard Lefebvre — Maire/,
    );
  });

  it('compares a revision with the current version, as text or JSON', async () => {
    const text = await run(['diff', 'signed.dpia', '--from', 'Version relue']);
    expect(text.stdout[0]).toBe('Comparing signed.dpia « Version relue » → signed.dpia (current version)');
    const json = await run(['diff', 'signed.dpia', '--from', 'Version relue', '--json']);
    const diff = JSON.parse(json.stdout.join('\n')) as { fields: string[] };
    expect(diff.fields).toContain('meta.status');
    const missing = await run(['diff', 'signed.dpia', '--from', 'nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/^Revision not found: "nope"/);
  });

  it('says when two files do not differ', async () => {
    const result = await run(['diff', 'example.dpia', 'example.dpia']);
    expect(result.stdout).toContain('No differences.');
  });
});

describe('the bundled program', () => {
  it('exits 1 with one line and no stack trace for a tampered file, 3 for check --strict', () => {
    const tampered = runBundled(bundled, ['verify', 'forged.dpia'], { cwd: dir });
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toEqual([]);
    expect(tampered.stderr).toHaveLength(1);
    expect(tampered.stderr[0]).not.toMatch(/\bat .*\(|Error:|node:internal/);
    expect(runBundled(bundled, ['check', 'example.dpia', '--strict'], { cwd: dir }).code).toBe(3);
    expect(runBundled(bundled, ['verify', 'signed.dpia'], { cwd: dir }).code).toBe(0);
  });
});
