// dpia fix: applies remedies of the checks' findings to an assessment, saving it atomically; a signed document is
// refused, and a remedy that states a fact needs --confirm.
import { isoDay, runChecks } from '../../core/checks/index.ts';
import { REMEDY_BY_ID } from '../../core/checks/remedies.ts';
import { applyRemedy } from '../../core/checks/remedy.ts';
import { DpiaError } from '../../core/errors.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { asOfOption } from '../as-of.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { UsageError } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface FixOptions {
  remedy: string[];
  confirm: boolean;
  asOf?: string;
}

export async function runFix(context: CommandContext, file: string, options: FixOptions): Promise<void> {
  const { io, text, language } = context;
  const remedies = options.remedy.map((id) => {
    const remedy = REMEDY_BY_ID.get(id);
    if (!remedy) throw new UsageError(text.unknownRemedy(id));
    return remedy;
  });
  const target = resolveOutput(io.cwd, file);
  const { document } = await openDpiaFile(target);
  if (document.signature) throw new DpiaError('document-signed');
  const asOf = options.asOf ?? isoDay(io.now());
  const newId = () => globalThis.crypto.randomUUID();
  let assessment = document.assessment;
  const report: string[] = [];
  for (const remedy of remedies) {
    // Each remedy sees the findings of the document as the previous ones left it.
    const findings = runChecks(assessment, document.template, { asOf });
    const result = applyRemedy(
      remedy,
      { assessment, template: document.template, findings, asOf, newId, confirmed: options.confirm },
      language,
    );
    assessment = result.assessment;
    report.push(
      text.remedyApplied(remedy.id),
      ...[...result.preview, ...result.notes].map((l) => `  ${l[language]}`),
    );
  }
  await saveDpiaFile(target, { ...document, assessment });
  for (const line of report) io.stdout(line);
  io.stdout(text.fixSaved(target));
}

export const registerFix: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('fix', text.fixDescription)
    .argument('<file>', text.fileArgument)
    .requiredOption('--remedy <id...>', text.fixRemedyOption)
    .option('--confirm', text.fixConfirmOption, false)
    .addOption(asOfOption(text))
    .action((file: string, options: FixOptions) => runFix(context, file, options));
};
