// dpia fix and the remedies of dpia check --json: listed, applied atomically, refused on a signed document, facts
// recorded only with --confirm.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
const run = (args: string[]) => dpia(args, { cwd: dir });
const AS_OF = ['--as-of', '2026-12-02'];
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(path.join(dir, file)))
    .digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-fix-'));
  expect((await run(['example', '-o', 'example.dpia'])).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Report {
  findings: { id: string; severity: string; remedies: string[] }[];
}
const report = async (file: string): Promise<Report> =>
  JSON.parse((await run(['check', file, '--json', ...AS_OF])).stdout.join('\n')) as Report;

describe('dpia fix', () => {
  it('lists the remedy ids of each finding in dpia check --json', async () => {
    const { findings } = await report('example.dpia');
    const expired = findings.find((f) => f.id === 'csu.authorisation.expired');
    expect(expired?.remedies).toEqual(['authorisation.add-renewal']);
    expect(findings.filter((f) => f.remedies.length > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('applies a remedy, saves atomically, and the finding is addressed by the plan', async () => {
    const result = await run(['fix', 'example.dpia', '--remedy', 'authorisation.add-renewal', ...AS_OF]);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(result.stdout).toContain(
      '  Planned measure added to the action plan: “Renouvellement de l’autorisation préfectorale”, due 1 January 2027 (owner to be named)',
    );
    const { document } = await openDpiaFile(path.join(dir, 'example.dpia'));
    expect(document.assessment.measures.find((m) => m.catalogueRef === 'M35')?.deadline).toBe('2027-01-01');
    const after = await report('example.dpia');
    expect(after.findings.some((f) => f.id === 'csu.authorisation.expired')).toBe(false);
    expect(after.findings.some((f) => f.id === 'csu.authorisation.expired.in-action-plan')).toBe(true);
  });

  it('refuses a remedy that records a fact without --confirm, leaving the file unchanged', async () => {
    const before = await sha('example.dpia');
    const refused = await run(['fix', 'example.dpia', '--remedy', 'masks.set-dynamic', ...AS_OF]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.join('\n')).toMatch(/--confirm/);
    expect(await sha('example.dpia')).toBe(before);
    const confirmed = await run([
      'fix',
      'example.dpia',
      '--remedy',
      'masks.set-dynamic',
      '--confirm',
      ...AS_OF,
    ]);
    expect(confirmed.code).toBe(0);
    const { findings } = await report('example.dpia');
    expect(findings.some((f) => f.id.startsWith('csu.privacy-masks.near-homes'))).toBe(false);
  });

  it('says an unknown remedy is a usage error (exit 2), and a remedy with nothing to do is refused (exit 1)', async () => {
    expect((await run(['fix', 'example.dpia', '--remedy', 'no.such-remedy'])).code).toBe(2);
    const none = await run([
      'fix',
      'example.dpia',
      '--remedy',
      'retention.set-30-days',
      '--confirm',
      ...AS_OF,
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toHaveLength(1);
  });

  it('refuses a signed document', async () => {
    expect((await run(['keygen', '-o', 'keys'])).code).toBe(0);
    await run(['example', '-o', 'signed.dpia']);
    await run([
      'status',
      'signed.dpia',
      '--to',
      'validated',
      '--by',
      'Maire',
      '--justification',
      'Plan en cours.',
    ]);
    const signed = await run([
      'sign',
      'signed.dpia',
      '--key',
      'keys/dpia-signing-key.pem',
      '--signer',
      'Maire',
      '--role',
      'Maire',
    ]);
    expect(signed.code).toBe(0);
    const before = await sha('signed.dpia');
    const refused = await run(['fix', 'signed.dpia', '--remedy', 'authorisation.add-renewal', ...AS_OF]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.join('\n')).toMatch(/signed/);
    expect(await sha('signed.dpia')).toBe(before);
  });
});
