// dpia validate: is this a readable, complete, intact document of a supported version?
import { isAnswered } from '../../core/assessment/is-answered.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { allQuestions } from '../../core/template/validate-template.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export async function runValidate(context: CommandContext, file: string): Promise<void> {
  const { io, text, language } = context;
  const { document, manifest, storedFormatVersion } = await openDpiaFile(resolveOutput(io.cwd, file));
  const { assessment, template } = document;
  const required = allQuestions(template).filter((q) => q.required);
  const answered = required.filter((q) => isAnswered(q, assessment)).length;
  const t = text.summary;
  const format =
    storedFormatVersion === manifest.formatVersion
      ? `dpia ${manifest.formatVersion}`
      : `dpia ${manifest.formatVersion} (${t.migrated(storedFormatVersion)})`;
  io.stdout(text.valid);
  for (const [label, value] of [
    [t.title, assessment.meta.title],
    [t.organisation, assessment.meta.organisation || '—'],
    [t.status, assessment.meta.status],
    [t.format, format],
    [t.template, `${template.title[language]} (${template.id} ${template.version})`],
    [t.answers, `${answered}/${required.length} ${t.required}`],
    [t.cameras, String(assessment.cameras.length)],
    [t.risks, String(assessment.risks.length)],
    [t.measures, String(assessment.measures.length)],
    [t.attachments, String(assessment.attachments.length)],
    [t.signed, document.signature ? t.yes : t.no],
  ] as const) {
    io.stdout(`  ${label.padEnd(14)} ${value}`);
  }
}

export const registerValidate: RegisterCommand = ({ context, subcommand }) => {
  subcommand('validate', context.text.validateDescription)
    .argument('<file>', context.text.fileArgument)
    .action((file: string) => runValidate(context, file));
};
