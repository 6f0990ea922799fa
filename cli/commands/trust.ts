// dpia trust add | list | remove: the public keys whose signatures this reader recognises.
import path from 'node:path';
import { IsoDate } from '../../core/model/assessment.ts';
import { readPublicKeyFile } from '../../core/node/keys.ts';
import { addTrustedKey, readTrustList, removeTrustedKey } from '../../core/node/trust-store.ts';
import { UsageError, type CommandContext, type RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

interface TrustFolderOptions {
  trustedKeys: string;
}

export async function runTrustAdd(
  context: CommandContext,
  file: string,
  options: TrustFolderOptions & { name: string; until?: string },
): Promise<void> {
  const { io, text } = context;
  if (options.until !== undefined && !IsoDate.safeParse(options.until).success) {
    throw new UsageError(text.trustBadDate(options.until));
  }
  const source = resolveOutput(io.cwd, file);
  const key = await addTrustedKey(
    resolveOutput(io.cwd, options.trustedKeys),
    {
      name: options.name,
      publicKeyPem: await readPublicKeyFile(source),
      until: options.until,
      addedAt: io.now().toISOString(),
    },
    path.basename(source),
  );
  io.stdout(text.trustAdded(key.name, key.fingerprint));
  if (key.until) io.stdout(`  ${text.trustUntil(key.until)}`);
}

export async function runTrustList(context: CommandContext, options: TrustFolderOptions): Promise<void> {
  const { io, text, language } = context;
  const dir = resolveOutput(io.cwd, options.trustedKeys);
  const { keys, skipped } = await readTrustList(dir);
  if (keys.length === 0) io.stdout(text.noTrustedKeys(dir));
  for (const key of keys) {
    io.stdout(`${key.fingerprint}  ${key.name}${key.until ? `  (${text.trustUntil(key.until)})` : ''}`);
  }
  for (const entry of skipped) io.stderr(text.trustSkipped(entry.file, entry.error(language)));
}

export async function runTrustRemove(
  context: CommandContext,
  fingerprint: string,
  options: TrustFolderOptions,
): Promise<void> {
  const { io, text } = context;
  const removed = await removeTrustedKey(resolveOutput(io.cwd, options.trustedKeys), fingerprint);
  io.stdout(text.trustRemoved(removed.name, removed.fingerprint));
}

export const registerTrust: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  const { text } = context;
  const trust = subcommand('trust', text.trustDescription);
  trust
    .command('add')
    .description(text.trustAddDescription)
    .helpOption('-h, --help', text.helpOption)
    .argument('<public-key>', text.trustPublicKeyArgument)
    .requiredOption('--name <text>', text.trustNameOption)
    .option('--until <date>', text.trustUntilOption)
    .addOption(trustedKeysOption())
    .action((file: string, options: TrustFolderOptions & { name: string; until?: string }) =>
      runTrustAdd(context, file, options),
    );
  trust
    .command('list')
    .description(text.trustListDescription)
    .helpOption('-h, --help', text.helpOption)
    .addOption(trustedKeysOption())
    .action((options: TrustFolderOptions) => runTrustList(context, options));
  trust
    .command('remove')
    .description(text.trustRemoveDescription)
    .helpOption('-h, --help', text.helpOption)
    .argument('<fingerprint>', text.trustFingerprintArgument)
    .addOption(trustedKeysOption())
    .action((fingerprint: string, options: TrustFolderOptions) =>
      runTrustRemove(context, fingerprint, options),
    );
};
