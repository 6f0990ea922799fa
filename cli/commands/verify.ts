// dpia verify: exit 0 when the file is intact and signed by a trusted key, 4 when intact but the signer is not
// recognised, 1 when the signature is broken or absent.
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { readPublicKeyFile } from '../../core/node/keys.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import { importPublicKey } from '../../core/signature/keys.ts';
import { TRUST_VERDICT_LABELS, verdictOf } from '../../core/signature/trust.ts';
import { verifyDpiaBytes } from '../../core/signature/verify.ts';
import { CommandExit, EXIT, type CommandContext, type RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface VerifyCommandOptions {
  key?: string;
  trustedKeys: string;
}

export async function runVerify(
  context: CommandContext,
  file: string,
  options: VerifyCommandOptions,
): Promise<void> {
  const { io, text, language } = context;
  const target = resolveOutput(io.cwd, file);
  const expectedKey = options.key
    ? await importPublicKey(
        await readPublicKeyFile(resolveOutput(io.cwd, options.key)),
        path.basename(options.key),
      )
    : undefined;
  const bytes = await readFileWithinLimit(target, DEFAULT_LIMITS.maxFileBytes);
  const report = await verifyDpiaBytes(bytes, {
    file: path.basename(target),
    ...(expectedKey ? { expectedKey } : {}),
  });
  const { keys } = await readTrustList(resolveOutput(io.cwd, options.trustedKeys));
  // --key names the signer's key outright: the person who gives it vouches for it, as for an entry of the list.
  if (expectedKey && options.key) {
    keys.push({
      name: path.basename(options.key),
      publicKeyPem: '',
      addedAt: io.now().toISOString(),
      fingerprint: expectedKey.fingerprint,
    });
  }
  const verdict = verdictOf(report, keys, { file: path.basename(target), asOf: io.now() });
  if (verdict.verdict === 'unsigned') {
    io.stderr(verdict.reason?.[language] ?? '');
    throw new CommandExit(EXIT.badInput);
  }
  if (verdict.verdict === 'broken') {
    io.stderr(text.notIntact(verdict.reason?.[language] ?? ''));
    throw new CommandExit(EXIT.badInput);
  }
  if (verdict.verdict === 'not-recognised') {
    // One line: the verdict, the fingerprint, who the file claims signed it.
    const label = TRUST_VERDICT_LABELS['not-recognised'].label[language];
    io.stderr(`${label}${language === 'fr' ? '\u202F:' : ':'} ${verdict.reason?.[language] ?? ''}`);
    throw new CommandExit(EXIT.notRecognised);
  }
  const t = text.signature;
  const label = TRUST_VERDICT_LABELS.trusted;
  const meaning = label.meaning[language];
  io.stdout(
    `${label.label[language]}${language === 'fr' ? '\u202F:' : ':'} ${meaning.charAt(0).toLowerCase()}${meaning.slice(1)}`,
  );
  for (const [name, value] of [
    [t.signer, verdict.signer],
    [t.role, verdict.role],
    [t.signedAt, verdict.signedAt],
    [t.contentHash, verdict.contentSha256],
    [t.fingerprint, verdict.keyFingerprint],
    [t.trustedAs, verdict.trustedAs],
  ] as const) {
    io.stdout(`  ${name.padEnd(22)} ${value ?? ''}`);
  }
}

export const registerVerify: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  const { text } = context;
  subcommand('verify', text.verifyDescription)
    .argument('<file>', text.fileArgument)
    .option('--key <file>', text.verifyKeyOption)
    .addOption(trustedKeysOption())
    .addHelpText('after', `\n${text.verifyExitCodes}`)
    .action((file: string, options: VerifyCommandOptions) => runVerify(context, file, options));
};
