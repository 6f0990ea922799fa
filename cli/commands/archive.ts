// dpia archive: the package a council keeps for years: the .dpia, its Word export, a verification report and
// SHA256SUMS, in a folder or a .zip, checkable with standard tools alone.
import { buildArchive } from '../../core/archive/build-archive.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { writeArchive } from '../../core/node/archive.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';
import path from 'node:path';

export interface ArchiveCommandOptions {
  output: string;
  force: boolean;
  pageNumbers: boolean;
  trustedKeys: string;
}

export async function runArchive(
  context: CommandContext,
  file: string,
  options: ArchiveCommandOptions,
): Promise<void> {
  const { io, text } = context;
  const source = resolveOutput(io.cwd, file);
  const target = resolveOutput(io.cwd, options.output);
  const now = io.now();
  const dpiaBytes = await readFileWithinLimit(source, DEFAULT_LIMITS.maxFileBytes);
  const { keys } = await readTrustList(resolveOutput(io.cwd, options.trustedKeys));
  const archive = await buildArchive({
    dpiaBytes,
    fileName: path.basename(source),
    trustList: keys,
    now,
    pageNumbers: options.pageNumbers,
    // Loaded here, as in `dpia export`: the Word builder is the largest part of the command.
    buildDocx: async (document, exportOptions) =>
      (await import('../../core/export/docx/build-docx.ts')).buildDocx(document, exportOptions),
  });
  await writeArchive(target, archive, { force: options.force, archivedAt: now });
  io.stdout(text.archive.done(target, archive.files.length));
  io.stdout(text.archive.verdict(archive.report.signature.verdictLabel));
  io.stdout(text.archive.check);
}

export const registerArchive: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  const { text } = context;
  subcommand('archive', text.archive.description)
    .argument('<file>', text.fileArgument)
    .requiredOption('-o, --output <dir|file.zip>', text.archive.outputOption)
    .option('--page-numbers', text.archive.pageNumbersOption, false)
    .option('-f, --force', text.forceOption, false)
    .addOption(trustedKeysOption())
    .action((file: string, options: ArchiveCommandOptions) => runArchive(context, file, options));
};
