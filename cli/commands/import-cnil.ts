// dpia import-cnil: an export of the CNIL PIA tool (JSON, or its ZIP) becomes a new .dpia file, with a report.
import path from 'node:path';
import { Option } from 'commander';
import { importCnilFile } from '../../core/import/cnil/import-file.ts';
import { reportLines } from '../../core/import/cnil/report.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { APP_NAME_AND_VERSION } from '../../core/version.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export interface ImportCnilCommandOptions {
  output: string;
  lang: Language;
  force: boolean;
}

export async function runImportCnil(
  context: CommandContext,
  file: string,
  options: ImportCnilCommandOptions,
): Promise<void> {
  const { io, text, language } = context;
  const source = resolveOutput(io.cwd, file);
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const bytes = await readFileWithinLimit(source, DEFAULT_LIMITS.maxFileBytes);
  const { document, report } = await importCnilFile(bytes, path.basename(source), {
    now: io.now(),
    newId: () => crypto.randomUUID(),
    language: options.lang,
  });
  const { bytes: dpia } = await writeDpia(document, {
    createdWith: APP_NAME_AND_VERSION,
    file: path.basename(output),
  });
  await writeOutput(output, dpia);
  io.stdout(text.imported(output));
  for (const line of reportLines(report, language, document.template)) io.stdout(line);
}

export const registerImportCnil: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('import-cnil', text.importCnilDescription)
    .argument('<export>', text.importCnilFileArgument)
    .requiredOption('-o, --output <file>', text.outputOption)
    .addOption(new Option('--lang <lang>', text.importCnilLangOption).choices(LANGUAGES).default('fr'))
    .option('-f, --force', text.forceOption, false)
    .action((file: string, options: ImportCnilCommandOptions) => runImportCnil(context, file, options));
};
