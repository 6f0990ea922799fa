import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../core/format/manifest.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { overlappingRecordsZip } from '../fixtures/zip-tools.ts';
import { bundleCli, dpia, runBundled, runBundledMeasured } from './cli-harness.ts';
import { hostileFiles } from './hostile-files.ts';

let dir: string;
let bundled: string;
const sha = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-cli-'));
  bundled = await bundleCli(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia new', () => {
  it('creates a blank assessment from the CSU template that validates', async () => {
    const created = await dpia(
      ['new', '--template', 'csu-videoprotection', '-o', 'blank.dpia', '--title', 'AIPD Test'],
      {
        cwd: dir,
      },
    );
    expect(created).toMatchObject({ code: 0, stderr: [] });
    const { document } = await openDpiaFile(path.join(dir, 'blank.dpia'));
    expect(document.assessment.meta).toMatchObject({
      title: 'AIPD Test',
      status: 'draft',
      templateId: 'csu-videoprotection',
    });
    expect(document.template.id).toBe('csu-videoprotection');
  });

  it('never overwrites an existing file unless --force is given', async () => {
    const file = path.join(dir, 'precious.dpia');
    await writeFile(file, 'my work');
    const refused = await dpia(['new', '-t', 'csu-videoprotection', '-o', 'precious.dpia'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toHaveLength(1);
    expect(refused.stderr[0]).toContain('--force');
    expect(await readFile(file, 'utf8')).toBe('my work');
    expect(
      (await dpia(['new', '-t', 'csu-videoprotection', '-o', 'precious.dpia', '--force'], { cwd: dir })).code,
    ).toBe(0);
  });

  it('names the available templates when the id is unknown', async () => {
    const result = await dpia(['new', '-t', 'nope', '-o', 'n.dpia'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringContaining('csu-videoprotection')]);
  });

  it('answers in French when the terminal is French', async () => {
    const result = await dpia(['new', '-t', 'nope', '-o', 'n.dpia'], {
      cwd: dir,
      env: { LANG: 'fr_FR.UTF-8' },
    });
    expect(result.stderr[0]).toMatch(/^Modèle inconnu : « nope »/);
  });
});

describe('dpia example', () => {
  it('writes the built-in example, which validates and unzips to the documented entries', async () => {
    const written = runBundled(bundled, ['example', '-o', 'valmont.dpia'], { cwd: dir });
    expect(written).toMatchObject({ code: 0, stderr: [] });
    const validated = runBundled(bundled, ['validate', 'valmont.dpia'], { cwd: dir });
    expect(validated.code).toBe(0);
    const summary = validated.stdout.join('\n');
    expect(summary).toContain('Valmont-sur-Escaut');
    expect(summary).toMatch(/Cameras\s+361/);
    expect(summary).toMatch(/Answers\s+(\d+)\/\1 required questions answered/);
    const entries = Object.keys(unzipSync(new Uint8Array(await readFile(path.join(dir, 'valmont.dpia')))));
    expect(entries.slice(0, 3)).toEqual(['manifest.json', 'assessment.json', 'template.json']);
    expect(entries.slice(3).every((name) => /^attachments\/[0-9a-f]{64}$/.test(name))).toBe(true);
    expect(entries.length).toBeGreaterThan(3);
  });

  it('writes the large benchmark assessment with --large', async () => {
    const written = await dpia(['example', '--large', '-o', 'large.dpia'], { cwd: dir });
    expect(written.code).toBe(0);
    const { document } = await openDpiaFile(path.join(dir, 'large.dpia'));
    expect(document.assessment.risks).toHaveLength(25);
    expect(document.assessment.measures).toHaveLength(60);
    expect(document.attachments.size).toBe(5);
  });

  it('scales the benchmark assessment to a metropolitan inventory with --cameras, and refuses a count it cannot make', async () => {
    const written = await dpia(['example', '--cameras', '1500', '-o', 'metropolis.dpia'], { cwd: dir });
    expect(written.code).toBe(0);
    const { document } = await openDpiaFile(path.join(dir, 'metropolis.dpia'));
    expect(document.assessment.cameras).toHaveLength(1500);
    expect(new Set(document.assessment.cameras.map((c) => c.code)).size).toBe(1500);
    const refused = await dpia(['example', '--cameras', '12', '-o', 'tiny.dpia'], { cwd: dir });
    expect(refused.code).not.toBe(0);
  });
});

describe('dpia validate', () => {
  it('summarises a valid file and exits 0', async () => {
    await dpia(['new', '-t', 'csu-videoprotection', '-o', 'v.dpia'], { cwd: dir });
    const result = await dpia(['validate', 'v.dpia'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe('Valid document.');
    expect(result.stdout.join('\n')).toMatch(new RegExp(`Format\\s+dpia ${CURRENT_FORMAT_VERSION}\\n`));
  });

  it('refuses every class of hostile file with exit 1, one line, no stack trace, the file unchanged', async () => {
    for (const [kind, bytes] of Object.entries(await hostileFiles())) {
      const file = path.join(dir, `hostile-${kind.replace(/\W/g, '-')}.dpia`);
      await writeFile(file, bytes);
      const before = await sha(file);
      const result = runBundled(bundled, ['validate', file], { cwd: dir });
      expect(result.code, kind).toBe(1);
      expect(result.stdout, kind).toEqual([]);
      expect(result.stderr, kind).toHaveLength(1);
      expect(result.stderr[0], kind).not.toMatch(/\bat .*\(|Error:|node:internal/);
      expect(await sha(file), kind).toBe(before);
    }
  });

  it('refuses a small file whose 3,000 records share one entry, fast and in little memory', async () => {
    const file = path.join(dir, 'overlapping.dpia');
    await writeFile(file, overlappingRecordsZip());
    const result = runBundledMeasured(bundled, ['validate', file], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).not.toMatch(/\bat .*\(|Error:|node:internal/);
    // Generous bounds for a shared test machine; npm run bench prints the real figures.
    expect(result.peakMiB).toBeLessThan(200);
    expect(result.ms).toBeLessThan(5000);
  });

  it('refuses a huge file at once, from its size', async () => {
    const file = path.join(dir, 'huge.dpia');
    await writeFile(file, '');
    await truncate(file, 600 * 1024 * 1024); // sparse: nothing is really written
    const result = await dpia(['validate', file], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([expect.stringContaining('maximum size')]);
  });

  it('says when the file does not exist', async () => {
    const result = await dpia(['validate', 'absent.dpia'], { cwd: dir });
    expect(result).toMatchObject({ code: 1, stderr: [expect.stringContaining('File not found')] });
  });
});

describe('usage and help', () => {
  it('exits 2 with one line on wrong usage', () => {
    for (const args of [
      ['frobnicate'],
      ['new', '-o', 'x.dpia'],
      ['validate'],
      ['new', '-t', 'x', '-o', 'y', '--lang', 'de'],
    ]) {
      const result = runBundled(bundled, args, { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toHaveLength(1);
    }
  });

  it('prints help for each command, in the user language', () => {
    for (const command of ['new', 'example', 'validate', 'templates']) {
      const result = runBundled(bundled, [command, '--help'], { cwd: dir });
      expect(result.code).toBe(0);
      expect(result.stdout.join('\n')).toContain(`Usage: dpia ${command}`);
    }
    const french = runBundled(bundled, ['--help'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    expect(french.stdout.join('\n')).toContain('créer une AIPD vierge');
  });

  it('shows a stack trace only with DPIA_DEBUG=1', async () => {
    await writeFile(path.join(dir, 'bad.dpia'), 'not a zip');
    const debug = runBundled(bundled, ['validate', 'bad.dpia'], { cwd: dir, env: { DPIA_DEBUG: '1' } });
    expect(debug.code).toBe(1);
    expect(debug.stderr.length).toBeGreaterThan(1);
  });
});

describe('dpia templates', () => {
  it('lists the built-in template and the valid user templates, and reports broken ones', async () => {
    const templates = path.join(dir, 'templates');
    await mkdir(templates, { recursive: true });
    const csu = JSON.parse(
      await readFile(new URL('../../templates/csu-videoprotection.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    await writeFile(
      path.join(templates, 'mine.json'),
      JSON.stringify({ ...csu, id: 'csu-my-firm', author: 'Cabinet X' }),
    );
    await writeFile(path.join(templates, 'broken.json'), '{"id": 3}');
    const result = await dpia(['templates'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toMatch(/csu-videoprotection .* built-in/);
    expect(result.stdout.join('\n')).toMatch(/csu-my-firm .* user/);
    expect(result.stderr).toEqual([expect.stringContaining('broken.json')]);
  });
});
