// dpia csv cameras|action-plan: spreadsheet exports of an assessment, as CSV (UTF-8 with BOM, quoted, CRLF) or, when
// the output file ends in .xlsx, as an Excel workbook; through core/node's table layer, the app's own.
import { Option } from 'commander';
import { actionPlanRows, cameraCsvVocabulary, cameraRows, defaultSeparator } from '../../core/csv/exports.ts';
import type { CsvSeparator } from '../../core/csv/parse.ts';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { tableFormatOf, writeTableBytes } from '../../core/node/table-file.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export type CsvKind = 'cameras' | 'action-plan';

export interface CsvCommandOptions {
  output: string;
  lang?: Language;
  separator?: CsvSeparator;
  force: boolean;
}

const SHEET_NAMES: Record<CsvKind, Record<Language, string>> = {
  cameras: { fr: 'Caméras', en: 'Cameras' },
  'action-plan': { fr: 'Plan d’action', en: 'Action plan' },
};

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
  const rows =
    kind === 'cameras'
      ? cameraRows(assessment.cameras, cameraCsvVocabulary(language))
      : actionPlanRows(assessment, template, language);
  const bytes = await writeTableBytes(rows, tableFormatOf(output), {
    sheetName: SHEET_NAMES[kind][language],
    separator: options.separator ?? defaultSeparator(language),
  });
  await writeOutput(output, bytes);
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
