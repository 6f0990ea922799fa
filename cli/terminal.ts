// Asking for a secret on the terminal: the characters typed are not echoed.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export function promptSecret(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  // Output goes to a sink while the user types: nothing of the secret reaches the screen.
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
