// dpia record-row: the assessment's facts as one row of the council's record of processing (GDPR art. 30), in the
// record's own columns when its entry was imported from it, else the default layout; CSV or .xlsx.
import { writeTableBytes } from '../../core/node/table-file.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { recordRowTable } from '../../core/record/export-row.ts';
import { getBuiltinTemplate } from '../../core/template/builtin.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export interface RecordRowOptions {
  output: string;
  csv?: boolean;
  xlsx?: boolean;
  force: boolean;
}

export async function runRecordRow(context: CommandContext, file: string, options: RecordRowOptions) {
  const { io, text } = context;
  const { document } = await openDpiaFile(resolveOutput(io.cwd, file));
  const output = resolveOutput(io.cwd, options.output);
  // --xlsx, or an output named .xlsx; CSV otherwise.
  const format = options.xlsx || (!options.csv && /\.xlsx$/i.test(output)) ? 'xlsx' : 'csv';
  await refuseExisting(output, options.force);
  const { assessment, template } = document;
  const rows = recordRowTable(
    assessment,
    template,
    assessment.meta.language,
    getBuiltinTemplate(template.id),
  );
  await writeOutput(output, await writeTableBytes(rows, format));
  io.stdout(text.recordRow.done(output, rows[0]?.length ?? 0));
}

export const registerRecordRow: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('record-row', text.recordRow.description)
    .argument('<file>', text.fileArgument)
    .requiredOption('-o, --output <file>', text.recordRow.outputOption)
    .option('--csv', text.recordRow.csvOption)
    .option('--xlsx', text.recordRow.xlsxOption)
    .option('-f, --force', text.forceOption, false)
    .action((file: string, options: RecordRowOptions) => runRecordRow(context, file, options));
};
