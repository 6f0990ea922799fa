// dpia example --as-of: the example's authorisations are dated from that day, and the same day gives the same file.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-cli-example-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia example --as-of', () => {
  it('is reproducible for a given day, with its orders dated from it', async () => {
    for (const name of ['a.dpia', 'b.dpia'])
      expect((await dpia(['example', '-o', name, '--as-of', '2026-12-02'], { cwd: dir })).code).toBe(0);
    expect(await readFile(at('a.dpia'))).toEqual(await readFile(at('b.dpia')));
    const { document } = await openDpiaFile(at('a.dpia'));
    expect(document.assessment.answers['prescreening.authorisation-expiry']).toEqual({
      type: 'date',
      value: '2029-12-01',
    });
  });

  it('refuses a day that does not exist as a usage error', async () => {
    const result = await dpia(['example', '-o', 'c.dpia', '--as-of', '2026-02-30'], { cwd: dir });
    expect(result.code).toBe(2);
  });
});
