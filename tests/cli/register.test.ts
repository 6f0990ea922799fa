// dpia register: the register as text, JSON and CSV, exit 0 with unreadable files listed; --due-within for cron.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerFolder, type RegisterFolder } from '../core/register/register-fixtures.ts';
import { dpia } from './cli-harness.ts';

let folder: RegisterFolder;
let keys: string;

beforeAll(async () => {
  folder = await registerFolder();
  keys = path.join(folder.dir, '..', `${path.basename(folder.dir)}-keys`);
  await mkdir(keys, { recursive: true });
  await writeFile(
    path.join(keys, 'mairie.json'),
    JSON.stringify({ name: 'Mairie', publicKeyPem: folder.trustedKeyPem, addedAt: '2026-01-01T00:00:00Z' }),
  );
});
afterAll(async () => {
  await rm(folder.dir, { recursive: true, force: true });
  await rm(keys, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  dpia(['register', folder.dir, '--trusted-keys', keys, ...args], { cwd: folder.dir });

describe('dpia register', () => {
  it('prints every assessment and every unreadable file with its reason, and exits 0', async () => {
    const result = await run('--as-of', '2026-03-01');
    expect(result.code).toBe(0);
    const out = result.stdout.join('\n');
    expect(out).toContain('4 assessments found, 2 could not be read.');
    expect(out).toContain('AIPD du centre-ville — Commune de Valmont');
    expect(out).toContain('Trusted signature');
    expect(out).toContain('Signer not recognised');
    expect(out).toContain('Broken signature');
    expect(out).toMatch(/COULD NOT BE READ {2}.*futur\.dpia/);
    expect(out).toMatch(/newer version/i);
    expect(result.stderr).toEqual([]);
  });

  it('prints JSON with the rows, their reasons and the reminders', async () => {
    const result = await run('--json', '--as-of', '2026-03-01');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.join('\n')) as {
      asOf: string;
      entries: { file: string; verdict?: string; problem: string | null }[];
      reminders: { kind: string; file: string; overdue: boolean }[];
    };
    expect(report.asOf).toBe('2026-03-01');
    expect(report.entries).toHaveLength(6);
    expect(report.entries.find((e) => e.file.endsWith('signee.dpia'))?.verdict).toBe('trusted');
    expect(report.entries.find((e) => e.file.endsWith('abimee.dpia'))?.problem).toBeTruthy();
    expect(report.reminders.find((r) => r.kind === 'measure')).toMatchObject({
      file: folder.file('centre-ville.dpia'),
      overdue: true,
    });
  });

  it('prints CSV, header first, in the language asked', async () => {
    const result = await run('--csv', '--lang', 'fr', '--as-of', '2026-03-01');
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toMatch(/^Titre;Organisme;Modèle;/);
    expect(result.stdout).toHaveLength(7);
    expect(result.stdout.join('\n')).toContain('Signature reconnue');
  });

  it('with --due-within, prints only what falls due in the window, and the files it could not read', async () => {
    const result = await run('--due-within', '30', '--as-of', '2026-03-01');
    expect(result.code).toBe(0);
    const out = result.stdout.join('\n');
    expect(out).toContain('Review due on 20 March 2026');
    expect(out).toContain('Measure "Masquer les fenêtres" overdue, due on 1 February 2026');
    expect(out).not.toContain('Prefectoral authorisation');
    expect(out).toContain('futur.dpia');
    const later = (await run('--due-within', '150', '--as-of', '2026-03-01')).stdout.join('\n');
    expect(later).toContain('Prefectoral authorisation to renew: it expires on 1 July 2026');
  });

  it('refuses --json with --csv, with exit 2', async () => {
    expect((await run('--json', '--csv')).code).toBe(2);
  });

  it('refuses a window that is not a number of days, with exit 2', async () => {
    const result = await run('--due-within', 'soon');
    expect(result.code).toBe(2);
    expect(result.stderr.join(' ')).toContain('"soon" is not a number of days');
  });
});
