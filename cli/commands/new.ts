// dpia new: a blank assessment from a built-in or user template.
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import { DpiaError } from '../../core/errors.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import type { Language } from '../../core/model/localized.ts';
import { listUserTemplates } from '../../core/node/user-templates.ts';
import { getBuiltinTemplate, BUILTIN_TEMPLATE_IDS } from '../../core/template/builtin.ts';
import type { Template } from '../../core/template/schema.ts';
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

export async function findTemplate(id: string, templatesDir: string): Promise<Template> {
  const builtin = getBuiltinTemplate(id);
  if (builtin) return builtin;
  const user = await listUserTemplates(templatesDir);
  for (const entry of user) if ('template' in entry && entry.template.id === id) return entry.template;
  const available = [
    ...BUILTIN_TEMPLATE_IDS,
    ...user.flatMap((e) => ('template' in e ? [e.template.id] : [])),
  ];
  throw new DpiaError('unknown-template', { id, available: available.join(', ') });
}

export async function runNew(context: CommandContext, options: NewOptions): Promise<void> {
  const { io, text } = context;
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const template = await findTemplate(options.template, options.templatesDir);
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
