// dpia verify: exit 0 and who signed when the file is intact; exit 1 and what fails otherwise.
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { readPublicKeyFile } from '../../core/node/keys.ts';
import { importPublicKey } from '../../core/signature/keys.ts';
import { verifyDpiaBytes } from '../../core/signature/verify.ts';
import { CommandExit, EXIT, type CommandContext, type RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface VerifyCommandOptions {
  key?: string;
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
  if (report.status !== 'intact') {
    const reasons = report.problems.map((p) => p.localized(language)).join(' ');
    io.stderr(report.status === 'unsigned' ? reasons : text.notIntact(reasons));
    throw new CommandExit(EXIT.badInput);
  }
  const t = text.signature;
  io.stdout(text.intact);
  for (const [label, value] of [
    [t.signer, report.info.signerName],
    [t.role, report.info.signerRole],
    [t.signedAt, report.info.signedAt],
    [t.contentHash, report.info.contentSha256],
    [t.fingerprint, report.info.keyFingerprint],
  ] as const) {
    io.stdout(`  ${label.padEnd(22)} ${value}`);
  }
}

export const registerVerify: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('verify', text.verifyDescription)
    .argument('<file>', text.fileArgument)
    .option('--key <file>', text.verifyKeyOption)
    .action((file: string, options: VerifyCommandOptions) => runVerify(context, file, options));
};
