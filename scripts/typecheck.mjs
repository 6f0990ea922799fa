// Type-checks every environment with its own tsconfig.json (core: no DOM, no Node; renderer: DOM; the rest: Node),
// two at a time; prints each project's errors and exits non-zero if any project fails.
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// The root project is the Node environment: electron/, cli/, core/node/ and the scripts.
const projects = ['tests', 'renderer', '.', 'core'];

const check = (project) =>
  new Promise((resolve) => {
    const started = Date.now();
    execFile(
      process.execPath,
      [tsc, '--noEmit', '-p', project],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const name = project === '.' ? 'node (electron, cli, core/node)' : project;
        console.log(`${error ? '✗' : '✓'} ${name} (${seconds} s)`);
        if (error) process.stdout.write(stdout + stderr);
        resolve(!error);
      },
    );
  });

const queue = [...projects];
const results = [];
const worker = async () => {
  while (queue.length > 0) results.push(await check(queue.shift()));
};
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
process.exit(results.every(Boolean) ? 0 : 1);
