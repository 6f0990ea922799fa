// dpia upgrade, and the as-of date of dpia check and dpia export, end to end in-process.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { PRIVATE_KEY_FILE } from '../../core/node/keys.ts';
import { validatedDocument } from '../core/signature/signable-document.ts';
import { exampleOnPreviousTemplate } from '../fixtures/previous-example.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
const run = (args: string[]) => dpia(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-upgrade-'));
  const { bytes } = await writeDpia(await exampleOnPreviousTemplate(), {
    createdWith: 'tests',
    file: 'old.dpia',
  });
  await writeFile(path.join(dir, 'old.dpia'), bytes);
  expect((await run(['example', '-o', 'example.dpia'])).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia upgrade', () => {
  it('carries the example from template 1.0.0 to 1.1.0 with nothing lost, as a revision', async () => {
    const before = (await openDpiaFile(path.join(dir, 'old.dpia'))).document;
    const result = await run(['upgrade', 'old.dpia', '--by', 'Hélène Caron']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const out = result.stdout.join('\n');
    expect(out).toContain('template 1.0.0 → 1.1.0');
    expect(out).toContain('Questions added:');
    expect(out).toContain('principles.minimisation');
    expect(out).toContain('Questions reworded (answers kept):');
    expect(out).toContain(`${Object.keys(before.assessment.answers).length} answers kept.`);

    const after = (await openDpiaFile(path.join(dir, 'old.dpia'))).document;
    expect(after.template.version).toBe('1.1.0');
    for (const [id, answer] of Object.entries(before.assessment.answers))
      expect(after.assessment.answers[id], id).toEqual(answer);
    const revision = after.assessment.revisions.at(-1)!;
    expect(revision.label).toBe('Mise à jour du modèle csu-videoprotection 1.0.0 → 1.1.0');
    expect(revision.author).toBe('Hélène Caron');

    const again = await run(['upgrade', 'old.dpia']);
    expect(again.code).toBe(0);
    expect(again.stdout.join('\n')).toContain('already uses template version 1.1.0');
  });

  it('refuses a signed document with one clear line, exit 1, leaving the file untouched', async () => {
    const { bytes } = await writeDpia(await validatedDocument(), {
      createdWith: 'tests',
      file: 'signed.dpia',
    });
    await writeFile(path.join(dir, 'signed.dpia'), bytes);
    expect((await run(['keygen', '-o', 'keys'])).code).toBe(0);
    const signed = await run([
      'sign',
      'signed.dpia',
      '--key',
      path.join('keys', PRIVATE_KEY_FILE),
      '--signer',
      'M. le Maire',
      '--role',
      'Maire',
    ]);
    expect(signed).toMatchObject({ code: 0, stderr: [] });
    const file = path.join(dir, 'signed.dpia');
    const before = await readFile(file);
    const result = await run(['upgrade', 'signed.dpia']);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      'A signed document is never upgraded in place: first start a new revision, which drops the signature.',
    ]);
    expect(await readFile(file)).toEqual(before);
  });
});

describe('the as-of date', () => {
  it('dpia check establishes the findings as of the date given, and says so', async () => {
    const today = await run(['check', 'example.dpia']);
    expect(today.stdout.join('\n')).toContain('Findings established as of 1 March 2026.');
    expect(today.stdout.join('\n')).toContain('csu.authorisation.expiring');
    const later = await run(['check', 'example.dpia', '--as-of', '2026-07-01', '--json']);
    const report = JSON.parse(later.stdout.join('\n')) as { asOf: string; findings: { id: string }[] };
    expect(report.asOf).toBe('2026-07-01');
    const ids = report.findings.map((f) => f.id);
    expect(ids).toContain('csu.authorisation.expired');
    expect(ids).toContain('completeness.measure-overdue');
  });

  it('refuses a date that is not one', async () => {
    const result = await run(['check', 'example.dpia', '--as-of', '2026-02-30']);
    expect(result.code).toBe(2);
    expect(result.stderr.join('\n')).toContain('"2026-02-30" is not a date written YYYY-MM-DD');
  });

  it('dpia export prints the as-of date at the head of the findings annex', async () => {
    const result = await run(['export', 'example.dpia', '--as-of', '2026-07-01', '-o', 'example.docx']);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const { value: text } = await mammoth.extractRawText({
      buffer: await readFile(path.join(dir, 'example.docx')),
    });
    expect(text).toMatch(/Constats établis au 1er[\s\u00A0\u202F]juillet[\s\u00A0\u202F]2026\./);
  });
});
