// dpia csv cameras|action-plan: spreadsheet exports of an assessment (UTF-8 with BOM, quoted, CRLF).
import { Option } from 'commander';
import { actionPlanToCsv, camerasToCsv } from '../../core/csv/exports.ts';
import type { CsvSeparator } from '../../core/csv/parse.ts';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export type CsvKind = 'cameras' | 'action-plan';

export interface CsvCommandOptions {
  output: string;
  lang?: Language;
  separator?: CsvSeparator;
  force: boolean;
}

export async function runCsv(
  context: CommandContext,
  kind: CsvKind,
  file: string,
  options: CsvCommandOptions,
): Promise<void> {
  const { io, text } = context;
  const source = resolveOutput(io.cwd, file);
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const { document } = await openDpiaFile(source);
  const { assessment, template } = document;
  const language = options.lang ?? assessment.meta.language;
  const csvOptions = options.separator === undefined ? {} : { separator: options.separator };
  const csv =
    kind === 'cameras'
      ? camerasToCsv(assessment.cameras, language, csvOptions)
      : actionPlanToCsv(assessment, template, language, csvOptions);
  await writeOutput(output, new TextEncoder().encode(csv));
  io.stdout(text.csvWritten(output));
}

export const registerCsv: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  const csv = subcommand('csv', text.csvDescription);
  for (const [kind, description] of [
    ['cameras', text.csvCamerasDescription],
    ['action-plan', text.csvActionPlanDescription],
  ] as const) {
    csv
      .command(kind)
      .description(description)
      .helpOption('-h, --help', text.helpOption)
      .argument('<file>', text.fileArgument)
      .requiredOption('-o, --output <file>', text.csvOutputOption)
      .addOption(new Option('--lang <lang>', text.csvLangOption).choices(LANGUAGES))
      .addOption(new Option('--separator <char>', text.separatorOption).choices([';', ',']))
      .option('-f, --force', text.forceOption, false)
      .action((file: string, options: CsvCommandOptions) => runCsv(context, kind, file, options));
  }
};
