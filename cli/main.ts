// Entry point of the `dpia` command.
import { runCli } from './run.ts';
import { promptSecret } from './terminal.ts';

// `dpia check … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  // `npm run dpia` runs in the package folder; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  now: () => new Date(),
  ...(process.stdin.isTTY && process.stderr.isTTY ? { promptSecret } : {}),
}).then((code) => {
  process.exitCode = code;
});
