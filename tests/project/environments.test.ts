// Each folder's environment is enforced: a probe that uses the wrong globals or imports fails lint and the type check.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const probes: string[] = [];

async function probe(folder: string, source: string): Promise<string> {
  const file = path.join(root, folder, `env-probe-${randomUUID().slice(0, 8)}.ts`);
  probes.push(file);
  await writeFile(file, source);
  return file;
}

async function lintMessages(file: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

afterAll(async () => {
  await Promise.all(probes.map((file) => rm(file, { force: true })));
});

describe('the environments of the source folders', () => {
  it('refuses Node, DOM and network globals and Node built-ins in pure core, saying why', async () => {
    const file = await probe(
      'core',
      [
        "import { readFileSync } from 'node:fs';",
        'export const probe = [process.env.HOME, window.location.href, fetch, readFileSync];',
        '',
      ].join('\n'),
    );
    const messages = await lintMessages(file);
    const rules = messages.map((m) => m.ruleId);
    expect(rules.filter((r) => r === 'no-restricted-globals')).toHaveLength(3);
    expect(rules).toContain('no-restricted-imports');
    expect(messages.find((m) => m.ruleId === 'no-restricted-imports')?.message).toMatch(/core\/node/);
  });

  it('refuses Node in the renderer, saying it must go through window.dpia', async () => {
    const file = await probe(
      'renderer',
      ["import { stat } from 'node:fs/promises';", 'export const probe = [process.cwd(), stat];', ''].join(
        '\n',
      ),
    );
    const messages = await lintMessages(file);
    expect(messages.map((m) => m.ruleId)).toEqual(
      expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']),
    );
    expect(
      messages.every((m) => !m.ruleId?.startsWith('no-restricted') || /window\.dpia/.test(m.message)),
    ).toBe(true);
  });

  it('gives pure core no DOM types: the type check of core fails on a probe that uses the page', async () => {
    await probe('core', 'export const title: string = document.title;\n');
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', path.join(root, 'core')], {
      cwd: root,
    });
    const failure = await run.then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? 'failed without output',
    );
    expect(failure).toMatch(/env-probe-[0-9a-f]+\.ts.*Cannot find name 'document'/);
  });
});
