// dpia status: moves an assessment along draft → in-review → validated | refused, recording who and when.
import { Option } from 'commander';
import { isoDay, runChecks } from '../../core/checks/index.ts';
import { AssessmentStatus } from '../../core/model/assessment.ts';
import { inSentence, STATUS_LABELS } from '../../core/model/vocabulary.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { changeStatus } from '../../core/workflow/change-status.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface StatusOptions {
  to: AssessmentStatus;
  by: string;
  role?: string;
  note?: string;
  conditional: boolean;
  justification?: string;
}

export async function runStatus(
  context: CommandContext,
  file: string,
  options: StatusOptions,
): Promise<void> {
  const { io, text } = context;
  const target = resolveOutput(io.cwd, file);
  const { document } = await openDpiaFile(target);
  const now = io.now();
  const result = changeStatus(document.assessment, {
    to: options.to,
    by: options.by,
    at: now.toISOString(),
    note: options.note,
    role: options.role,
    decision: options.conditional ? 'conditional' : 'validated',
    justification: options.justification,
    findings: runChecks(document.assessment, document.template, { asOf: isoDay(now) }),
  });
  if (!result.ok) throw result.error;
  await saveDpiaFile(target, { ...document, assessment: result.assessment });
  io.stdout(
    text.statusChanged(
      target,
      inSentence(STATUS_LABELS[document.assessment.meta.status], context.language),
      inSentence(STATUS_LABELS[options.to], context.language),
    ),
  );
}

export const registerStatus: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('status', text.statusDescription)
    .argument('<file>', text.fileArgument)
    .addOption(
      new Option('--to <status>', text.statusToOption)
        .choices(AssessmentStatus.options.filter((s) => s !== 'signed'))
        .makeOptionMandatory(),
    )
    .requiredOption('--by <name>', text.statusByOption)
    .option('--role <role>', text.statusRoleOption)
    .option('--note <text>', text.statusNoteOption)
    .option('--conditional', text.statusConditionalOption, false)
    .option('--justification <text>', text.statusJustificationOption)
    .action((file: string, options: StatusOptions) => runStatus(context, file, options));
};
