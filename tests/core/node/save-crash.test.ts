// A save killed with SIGKILL at random moments always leaves a file that opens, equal to the old or the new one.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDpiaFile, saveDpiaFile } from '../../../core/node/dpia-file.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';

const KILLS = 100;
// Budgeted by kills, not by wall time: a loaded machine (load 10 on 2 cores) slows each child down, never the logic.
const SECONDS_PER_KILL = 6;
let dir: string;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-crash-'));
  script = path.join(dir, 'save-loop.mjs');
  // Bundled once so that each child starts in plain Node in a few tens of milliseconds.
  await build({
    entryPoints: [path.join(import.meta.dirname, '../../fixtures/save-loop.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: script,
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Starts the save loop and kills it `delayMs` after it has finished `afterSaves` saves (0: after it is ready), so
 * that kills land before, during and between saves however slow the machine is.
 */
function saveThenKill(file: string, afterSaves: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let saves = -1; // the first line is « ready »
    let armed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      saves += chunk.split('\n').filter(Boolean).length;
      if (!armed && saves >= afterSaves) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.once('exit', () => resolve());
    child.once('error', reject);
  });
}

describe('atomic save under SIGKILL', () => {
  it(
    `leaves the old or the new version after ${KILLS} kills at random moments`,
    async () => {
      const file = path.join(dir, 'aipd.dpia');
      await saveDpiaFile(file, await miniDocument({ title: 'Version A', attachmentBytes: 512 * 1024 }));
      const seen = new Set<string>();
      let seed = 12345;
      for (let kill = 0; kill < KILLS; kill++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        await saveThenKill(file, kill % 3, seed % 60);
        const { document } = await openDpiaFile(file);
        expect(['Version A', 'Version B']).toContain(document.assessment.meta.title);
        seen.add(document.assessment.meta.title);
        // The backup, when there is one, is a whole earlier version too.
        const backup = await openDpiaFile(`${file}.bak`).catch((e: unknown) => e);
        if (!(backup instanceof Error && 'code' in backup && backup.code === 'file-not-found')) {
          expect(['Version A', 'Version B']).toContain(
            (backup as Awaited<ReturnType<typeof openDpiaFile>>).document.assessment.meta.title,
          );
        }
      }
      // The kills landed at different points of the cycle, not always before the first save.
      expect(seen.size).toBe(2);
    },
    KILLS * SECONDS_PER_KILL * 1000,
  );
});
