// dpia new: a blank assessment from a built-in or user template.
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import type { Language } from '../../core/model/localized.ts';
import { findTemplateVersion } from '../../core/node/user-template-library.ts';
import { APP_NAME_AND_VERSION } from '../../core/version.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';
import path from 'node:path';

export interface NewOptions {
  template: string;
  output: string;
  title?: string;
  lang: Language;
  force: boolean;
  templatesDir: string;
}

export async function runNew(context: CommandContext, options: NewOptions): Promise<void> {
  const { io, text } = context;
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const template = await findTemplateVersion(options.templatesDir, options.template);
  const assessment = createAssessment({
    template,
    title: options.title,
    language: options.lang,
    now: io.now(),
    newId: () => crypto.randomUUID(),
  });
  const document = {
    assessment,
    template,
    attachments: new Map<string, Uint8Array>(),
    signature: null,
    revisionSnapshots: new Map(),
  };
  const { bytes } = await writeDpia(document, {
    createdWith: APP_NAME_AND_VERSION,
    file: path.basename(output),
  });
  await writeOutput(output, bytes);
  io.stdout(text.created(output));
}

export const registerNew: RegisterCommand = ({ context, subcommand, langOption, templatesDirOption }) => {
  const { text } = context;
  subcommand('new', text.newDescription)
    .requiredOption('-t, --template <id>', text.templateOption)
    .requiredOption('-o, --output <file>', text.outputOption)
    .option('--title <text>', text.titleOption)
    .addOption(langOption())
    .addOption(templatesDirOption())
    .option('-f, --force', text.forceOption, false)
    .action((options: NewOptions) => runNew(context, options));
};
