// dpia check: the findings of the checks engine, as text or JSON; with --strict, exit 3 when errors remain.
import path from 'node:path';
import { findingPlace, hasErrors, isoDay, runChecks, summarizeFindings } from '../../core/checks/index.ts';
import { longDate } from '../../core/checks/context.ts';
import { REMEDIES } from '../../core/checks/remedies.ts';
import { remediesFor } from '../../core/checks/remedy.ts';
import { Option } from 'commander';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { asOfOption } from '../as-of.ts';
import { CommandExit, EXIT, type CommandContext, type RegisterCommand } from '../io.ts';
import { CLI_TEXT } from '../messages.ts';
import { resolveOutput } from '../output-file.ts';

export interface CheckOptions {
  json: boolean;
  lang: Language;
  strict: boolean;
  /** `YYYY-MM-DD`; today by default. */
  asOf?: string;
}

export async function runCheck(context: CommandContext, file: string, options: CheckOptions): Promise<void> {
  const { io } = context;
  const language = options.lang;
  const text = CLI_TEXT[language];
  const { document } = await openDpiaFile(resolveOutput(io.cwd, file));
  const { assessment, template } = document;
  const asOf = options.asOf ?? isoDay(io.now());
  const findings = runChecks(assessment, template, { asOf });
  const counts = summarizeFindings(findings);
  const remedyIds = (finding: (typeof findings)[number]) =>
    remediesFor(REMEDIES, finding, assessment, template).map((r) => r.id);

  if (options.json) {
    const report = {
      file: path.basename(file),
      title: assessment.meta.title,
      asOf,
      counts,
      findings: findings.map((f) => ({
        id: f.id,
        severity: f.severity,
        message: f.message[language],
        legalRef: f.legalRef[language],
        location: f.location,
        where: findingPlace(f, language, template),
        related: f.related,
        remedies: remedyIds(f),
      })),
    };
    io.stdout(JSON.stringify(report, null, 2));
  } else {
    io.stdout(text.findingsSummary(assessment.meta.title, counts));
    io.stdout(text.findingsAsOf(longDate(asOf)[language]));
    if (findings.length === 0) io.stdout(text.noFindings);
    const colon = language === 'fr' ? '\u202F:' : ':';
    for (const finding of findings) {
      io.stdout('');
      io.stdout(`${text.severity[finding.severity]}  ${finding.id}`);
      io.stdout(`  ${finding.message[language]}`);
      io.stdout(`  ${text.findingSource}${colon} ${finding.legalRef[language]}`);
      io.stdout(`  ${text.findingWhere}${colon} ${findingPlace(finding, language, template)}`);
      const remedies = remedyIds(finding);
      if (remedies.length > 0) io.stdout(`  ${text.remediesLabel}${colon} ${remedies.join(', ')}`);
    }
  }
  if (options.strict && hasErrors(findings)) throw new CommandExit(EXIT.findings);
}

export const registerCheck: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('check', text.checkDescription)
    .argument('<file>', text.fileArgument)
    .option('--json', text.jsonOption, false)
    .addOption(new Option('--lang <lang>', text.checkLangOption).choices(LANGUAGES).default(context.language))
    .option('--strict', text.strictOption, false)
    .addOption(asOfOption(text))
    .action((file: string, options: CheckOptions) => runCheck(context, file, options));
};
