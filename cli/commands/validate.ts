// dpia validate: is this a readable, complete, intact document of a supported version?
import { isAnswered } from '../../core/assessment/is-answered.ts';
import path from 'node:path';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import { displayedStatus, isIntact, verdictLabel, verifyTrusted } from '../../core/signature/trust.ts';
import { allQuestions } from '../../core/template/validate-template.ts';
import { recordEntryLine } from '../../core/record/entry-text.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export async function runValidate(
  context: CommandContext,
  file: string,
  options: { trustedKeys: string },
): Promise<void> {
  const { io, text, language } = context;
  const source = resolveOutput(io.cwd, file);
  const { document, manifest, storedFormatVersion } = await openDpiaFile(source);
  // « Signed » is what verifying says, never what signature.json or the stored status declare.
  const { keys } = await readTrustList(resolveOutput(io.cwd, options.trustedKeys));
  const { verdict } = await verifyTrusted(document, keys, { file: path.basename(source), asOf: io.now() });
  const signed =
    verdict === 'unsigned'
      ? text.summary.no
      : `${isIntact(verdict) ? text.summary.yes : text.summary.no} — ${verdictLabel(verdict, language)}`;
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
    [t.record, recordEntryLine(assessment.meta.recordEntry) ?? '—'],
    [t.status, displayedStatus(assessment, verdict)],
    [t.format, format],
    [t.template, `${template.title[language]} (${template.id} ${template.version})`],
    [t.answers, `${answered}/${required.length} ${t.required}`],
    [t.cameras, String(assessment.cameras.length)],
    [t.risks, String(assessment.risks.length)],
    [t.measures, String(assessment.measures.length)],
    [t.attachments, String(assessment.attachments.length)],
    [t.signed, signed],
  ] as const) {
    io.stdout(`  ${label.padEnd(14)} ${value}`);
  }
}

export const registerValidate: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  subcommand('validate', context.text.validateDescription)
    .argument('<file>', context.text.fileArgument)
    .addOption(trustedKeysOption())
    .action((file: string, options: { trustedKeys: string }) => runValidate(context, file, options));
};
