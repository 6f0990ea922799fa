// dpia upgrade: carries an assessment over to a newer version of its built-in template, recorded as a revision.
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { upgradeDocument, type UpgradedQuestion } from '../../core/template/upgrade.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';

export interface UpgradeOptions {
  to?: string;
  by?: string;
}

export async function runUpgrade(
  context: CommandContext,
  file: string,
  options: UpgradeOptions,
): Promise<void> {
  const { io, text, language } = context;
  const target = resolveOutput(io.cwd, file);
  const { document } = await openDpiaFile(target);
  const {
    document: upgraded,
    report,
    revisionLabel,
  } = await upgradeDocument(document, {
    version: options.to,
    revisionId: crypto.randomUUID(),
    author: options.by ?? '',
    at: io.now().toISOString(),
  });
  if (revisionLabel === null) {
    io.stdout(text.alreadyCurrent(target, report.to));
    return;
  }
  await saveDpiaFile(target, upgraded);
  io.stdout(text.upgraded(target, report.from, report.to));
  const colon = language === 'fr' ? '\u202F:' : ':';
  const section = (title: string, questions: readonly UpgradedQuestion[]) => {
    if (questions.length === 0) return;
    io.stdout(`${title}${colon}`);
    for (const q of questions) io.stdout(`  ${q.id}  ${q.label[language]}`);
  };
  section(text.upgradeAdded, report.added);
  section(text.upgradeRemoved, report.removed);
  section(text.upgradeReworded, report.reworded);
  io.stdout(text.upgradeKept(report.keptAnswers));
  io.stdout(text.upgradeRevision(revisionLabel));
}

export const registerUpgrade: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('upgrade', text.upgradeDescription)
    .argument('<file>', text.fileArgument)
    .option('--to <version>', text.upgradeToOption)
    .option('--by <name>', text.upgradeByOption)
    .action((file: string, options: UpgradeOptions) => runUpgrade(context, file, options));
};
