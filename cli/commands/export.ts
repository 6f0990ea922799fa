// dpia export: the Word document of an assessment, with the findings annex; the .dpia is only read.
import path from 'node:path';
import { exportOptionsFor } from '../../core/export/export-options.ts';
import type { Language } from '../../core/model/localized.ts';
import { LANGUAGES } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { asOfOption } from '../as-of.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';
import { Option } from 'commander';

export interface ExportCommandOptions {
  output?: string;
  lang?: Language;
  marking?: string;
  pageNumbers: boolean;
  force: boolean;
  /** `YYYY-MM-DD`: the day the findings annex is established as of; today by default. */
  asOf?: string;
  trustedKeys: string;
}

export async function runExport(
  context: CommandContext,
  file: string,
  options: ExportCommandOptions,
): Promise<void> {
  const { io, text } = context;
  const source = resolveOutput(io.cwd, file);
  const { document } = await openDpiaFile(source);
  const output = options.output
    ? resolveOutput(io.cwd, options.output)
    : path.join(path.dirname(source), `${path.basename(source).replace(/\.dpia$/i, '')}.docx`);
  await refuseExisting(output, options.force);
  const language = options.lang ?? document.assessment.meta.language;
  const exportOptions = await exportOptionsFor(document, {
    language,
    now: io.now(),
    file: path.basename(source),
    asOf: options.asOf,
    trustList: (await readTrustList(resolveOutput(io.cwd, options.trustedKeys))).keys,
    pageNumbers: options.pageNumbers,
    marking: options.marking,
  });
  // Loaded here, not at start: the Word builder and the docx library are the largest part of the command, and
  // every other command (`--version`, `check`, `validate`…) would otherwise pay for them.
  const { buildDocx } = await import('../../core/export/docx/build-docx.ts');
  await writeOutput(output, await buildDocx(document, exportOptions));
  io.stdout(text.exported(output, exportOptions.findings?.length ?? 0));
}

export const registerExport: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  const { text } = context;
  subcommand('export', text.exportDescription)
    .argument('<file>', text.fileArgument)
    .option('-o, --output <file>', text.exportOutputOption)
    .addOption(new Option('--lang <lang>', text.exportLangOption).choices(LANGUAGES))
    .option('--marking <text>', text.exportMarkingOption)
    .option('--page-numbers', text.exportPageNumbersOption, false)
    .option('-f, --force', text.forceOption, false)
    .addOption(asOfOption(text))
    .addOption(trustedKeysOption())
    .action((file: string, options: ExportCommandOptions) => runExport(context, file, options));
};
