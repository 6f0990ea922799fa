// dpia keygen: an Ed25519 key pair for signing, the private key readable by its owner only.
import { writeKeyPair } from '../../core/node/keys.ts';
import { generateSigningKeyPair } from '../../core/signature/keys.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface KeygenOptions {
  output: string;
  force: boolean;
}

export async function runKeygen(context: CommandContext, options: KeygenOptions): Promise<void> {
  const { io, text } = context;
  const pair = await generateSigningKeyPair();
  const files = await writeKeyPair(resolveOutput(io.cwd, options.output), pair, options.force);
  io.stdout(text.keygenCreated);
  io.stdout(`  ${text.privateKey.padEnd(16)} ${files.privateKey} (${text.ownerOnly})`);
  io.stdout(`  ${text.publicKey.padEnd(16)} ${files.publicKey}`);
  io.stdout(`  ${text.signature.fingerprint.padEnd(16)} ${pair.fingerprint}`);
  io.stdout(text.keygenAdvice);
}

export const registerKeygen: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('keygen', text.keygenDescription)
    .requiredOption('-o, --output <dir>', text.keygenOutputOption)
    .option('-f, --force', text.forceOption, false)
    .action((options: KeygenOptions) => runKeygen(context, options));
};
