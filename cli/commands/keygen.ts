// dpia keygen: an Ed25519 key pair for signing, the private key readable by its owner only (and encrypted if asked).
import { encryptPrivateKeyPem, writeKeyPair } from '../../core/node/keys.ts';
import { generateSigningKeyPair } from '../../core/signature/keys.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';
import { passphraseFrom } from '../passphrase.ts';

export interface KeygenOptions {
  output: string;
  force: boolean;
  passphrase?: string | boolean;
}

export async function runKeygen(context: CommandContext, options: KeygenOptions): Promise<void> {
  const { io, text } = context;
  // Without a passphrase the key stays unencrypted, as scripts expect; its file is still owner-only.
  const passphrase = await passphraseFrom(context, options.passphrase, { confirm: true, ask: false });
  const generated = await generateSigningKeyPair();
  const pair = passphrase
    ? { ...generated, privateKeyPem: encryptPrivateKeyPem(generated.privateKeyPem, passphrase) }
    : generated;
  const files = await writeKeyPair(resolveOutput(io.cwd, options.output), pair, options.force);
  io.stdout(text.keygenCreated);
  const protection = passphrase ? `${text.ownerOnly}, ${text.encrypted}` : text.ownerOnly;
  io.stdout(`  ${text.privateKey.padEnd(16)} ${files.privateKey} (${protection})`);
  io.stdout(`  ${text.publicKey.padEnd(16)} ${files.publicKey}`);
  io.stdout(`  ${text.signature.fingerprint.padEnd(16)} ${pair.fingerprint}`);
  io.stdout(text.keygenAdvice);
}

export const registerKeygen: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('keygen', text.keygenDescription)
    .requiredOption('-o, --output <dir>', text.keygenOutputOption)
    .option('--passphrase [text]', text.passphraseOption)
    .option('-f, --force', text.forceOption, false)
    .action((options: KeygenOptions) => runKeygen(context, options));
};
