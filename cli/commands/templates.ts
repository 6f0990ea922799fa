// dpia templates: the built-in templates, then those of the user's folder.
import { listUserTemplates } from '../../core/node/user-templates.ts';
import { listBuiltinTemplates } from '../../core/template/builtin.ts';
import type { Template } from '../../core/template/schema.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';

export async function runTemplates(context: CommandContext, templatesDir: string): Promise<void> {
  const { io, text, language } = context;
  const line = (template: Template, origin: string) =>
    `${template.id.padEnd(24)} ${template.version.padEnd(8)} ${origin.padEnd(12)} ${template.title[language]}`;
  for (const template of listBuiltinTemplates()) io.stdout(line(template, text.builtin));
  const user = await listUserTemplates(templatesDir);
  if (user.length === 0) io.stdout(text.noUserTemplates(templatesDir));
  for (const entry of user) {
    if ('template' in entry) io.stdout(line(entry.template, text.user));
    else io.stderr(text.invalidUserTemplate(entry.file, entry.error(language)));
  }
}

export const registerTemplates: RegisterCommand = ({ context, subcommand, templatesDirOption }) => {
  subcommand('templates', context.text.templatesDescription)
    .addOption(templatesDirOption())
    .action((options: { templatesDir: string }) => runTemplates(context, options.templatesDir));
};
