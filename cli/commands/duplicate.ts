// dpia duplicate: a copy of an assessment for another town, with new ids and none of the original's judgements.
import path from 'node:path';
import { duplicateDocument } from '../../core/assessment/duplicate.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { APP_NAME_AND_VERSION } from '../../core/version.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export interface DuplicateCommandOptions {
  output: string;
  title: string;
  organisation?: string;
  keepAttachments: boolean;
  force: boolean;
}

export async function runDuplicate(
  context: CommandContext,
  file: string,
  options: DuplicateCommandOptions,
): Promise<void> {
  const { io, text } = context;
  const source = resolveOutput(io.cwd, file);
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const { document } = await openDpiaFile(source);
  const copy = duplicateDocument(document, {
    title: options.title,
    organisation: options.organisation,
    keepAttachments: options.keepAttachments,
    now: io.now(),
    newId: () => crypto.randomUUID(),
  });
  const { bytes } = await writeDpia(copy, { createdWith: APP_NAME_AND_VERSION, file: path.basename(output) });
  await writeOutput(output, bytes);
  io.stdout(text.created(output));
}

export const registerDuplicate: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('duplicate', text.duplicateDescription)
    .argument('<file>', text.fileArgument)
    .requiredOption('-o, --output <file>', text.outputOption)
    .requiredOption('--title <text>', text.duplicateTitleOption)
    .option('--organisation <name>', text.organisationOption)
    .option('--keep-attachments', text.keepAttachmentsOption, false)
    .option('-f, --force', text.forceOption, false)
    .action((file: string, options: DuplicateCommandOptions) => runDuplicate(context, file, options));
};
