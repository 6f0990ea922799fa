// dpia template export|import|save: template files in and out of the user's library.
import { assessmentToTemplate, answersNotCarried } from '../../core/template/save-as-template.ts';
import { exportTemplateFile } from '../../core/template/template-file.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import {
  findTemplateVersion,
  installTemplate,
  readTemplateFile,
  type InstallResult,
} from '../../core/node/user-template-library.ts';
import type { Template } from '../../core/template/schema.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export interface TemplateExportOptions {
  output: string;
  templateVersion?: string;
  templatesDir: string;
  force: boolean;
}

/** Writes a template file: a built-in or user template by id, or the frozen template of a .dpia file. */
export async function runTemplateExport(
  context: CommandContext,
  source: string,
  options: TemplateExportOptions,
): Promise<void> {
  const { io, text } = context;
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const template = source.toLowerCase().endsWith('.dpia')
    ? (await openDpiaFile(resolveOutput(io.cwd, source))).document.template
    : await findTemplateVersion(options.templatesDir, source, options.templateVersion);
  await writeOutput(output, exportTemplateFile(template));
  io.stdout(text.templateWritten(template.id, template.version, output));
}

export interface TemplateImportOptions {
  templatesDir: string;
  force: boolean;
}

function printInstalled(context: CommandContext, result: InstallResult): void {
  const { id, version } = result.template;
  const message =
    result.outcome === 'unchanged'
      ? context.text.templateUnchanged
      : result.outcome === 'replaced'
        ? context.text.templateReplaced
        : context.text.templateInstalled;
  context.io.stdout(message(id, version, result.file));
}

/** Checks a template file and copies it into the user templates folder as `<id>-<version>.json`. */
export async function runTemplateImport(
  context: CommandContext,
  file: string,
  options: TemplateImportOptions,
): Promise<void> {
  const template = await readTemplateFile(resolveOutput(context.io.cwd, file));
  printInstalled(context, await installTemplate(options.templatesDir, template, { force: options.force }));
}

export interface TemplateSaveOptions {
  id: string;
  templateVersion: string;
  title: string;
  withAnswers: boolean;
  output?: string;
  templatesDir: string;
  force: boolean;
}

/** "Save as template" from the command line: into the user templates folder, or to a file with -o. */
export async function runTemplateSave(
  context: CommandContext,
  file: string,
  options: TemplateSaveOptions,
): Promise<void> {
  const { io, text } = context;
  const { document } = await openDpiaFile(resolveOutput(io.cwd, file));
  const template: Template = assessmentToTemplate(document.assessment, document.template, {
    id: options.id,
    version: options.templateVersion,
    title: options.title,
    withAnswers: options.withAnswers,
  });
  if (options.output !== undefined) {
    const output = resolveOutput(io.cwd, options.output);
    await refuseExisting(output, options.force);
    await writeOutput(output, exportTemplateFile(template));
    io.stdout(text.templateWritten(template.id, template.version, output));
  } else {
    printInstalled(context, await installTemplate(options.templatesDir, template, { force: options.force }));
  }
  const skipped = options.withAnswers ? answersNotCarried(document.assessment, document.template) : [];
  if (skipped.length > 0) io.stdout(text.notCarried(skipped.join(', ')));
}

export const registerTemplate: RegisterCommand = ({ context, subcommand, templatesDirOption }) => {
  const { text } = context;
  const template = subcommand('template', text.templateDescription);
  template
    .command('export')
    .description(text.templateExportDescription)
    .helpOption('-h, --help', text.helpOption)
    .argument('<template>', text.templateSourceArgument)
    .requiredOption('-o, --output <file>', text.templateOutputOption)
    .option('--template-version <version>', text.templateVersionOption)
    .addOption(templatesDirOption())
    .option('-f, --force', text.forceOption, false)
    .action((source: string, options: TemplateExportOptions) => runTemplateExport(context, source, options));
  template
    .command('import')
    .description(text.templateImportDescription)
    .helpOption('-h, --help', text.helpOption)
    .argument('<file>', text.templateFileArgument)
    .addOption(templatesDirOption())
    .option('-f, --force', text.templateForceOption, false)
    .action((file: string, options: TemplateImportOptions) => runTemplateImport(context, file, options));
  template
    .command('save')
    .description(text.templateSaveDescription)
    .helpOption('-h, --help', text.helpOption)
    .argument('<file>', text.fileArgument)
    .requiredOption('--id <id>', text.templateIdOption)
    .requiredOption('--template-version <version>', text.templateNewVersionOption)
    .requiredOption('--title <text>', text.templateTitleOption)
    .option('--with-answers', text.withAnswersOption, false)
    .option('-o, --output <file>', text.templateSaveOutputOption)
    .addOption(templatesDirOption())
    .option('-f, --force', text.templateForceOption, false)
    .action((file: string, options: TemplateSaveOptions) => runTemplateSave(context, file, options));
};
