// dpia sign: signs a validated assessment with the signer's private key and saves it atomically (keeping a .bak).
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { decryptPrivateKeyPem, isEncryptedKeyPem, readPrivateKeyFile } from '../../core/node/keys.ts';
import { importPrivateKey } from '../../core/signature/keys.ts';
import { signDocument } from '../../core/signature/sign.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';
import { passphraseFrom } from '../passphrase.ts';
import path from 'node:path';

export interface SignOptions {
  key: string;
  signer: string;
  role: string;
  passphrase?: string | boolean;
}

export async function runSign(context: CommandContext, file: string, options: SignOptions): Promise<void> {
  const { io, text } = context;
  const target = resolveOutput(io.cwd, file);
  const keyFile = resolveOutput(io.cwd, options.key);
  const keyText = await readPrivateKeyFile(keyFile);
  const passphrase = isEncryptedKeyPem(keyText)
    ? await passphraseFrom(context, options.passphrase, { confirm: false, ask: true })
    : undefined;
  const key = await importPrivateKey(
    decryptPrivateKeyPem(keyText, passphrase, path.basename(keyFile)),
    path.basename(keyFile),
  );
  const { document } = await openDpiaFile(target);
  const { document: signed, signature } = await signDocument(document, {
    key,
    signer: { name: options.signer, role: options.role },
    at: io.now().toISOString(),
  });
  await saveDpiaFile(target, signed);
  const t = text.signature;
  io.stdout(text.signedFile(target));
  for (const [label, value] of [
    [t.signer, signature.signer.name],
    [t.role, signature.signer.role],
    [t.signedAt, signature.signedAt],
    [t.contentHash, signature.contentSha256],
    [t.fingerprint, signature.keyFingerprint],
  ] as const) {
    io.stdout(`  ${label.padEnd(22)} ${value}`);
  }
}

export const registerSign: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('sign', text.signDescription)
    .argument('<file>', text.fileArgument)
    .requiredOption('--key <file>', text.keyOption)
    .requiredOption('--signer <name>', text.signerOption)
    .requiredOption('--role <role>', text.roleOption)
    .option('--passphrase [text]', text.signPassphraseOption)
    .action((file: string, options: SignOptions) => runSign(context, file, options));
};
