// dpia register <dir>…: the council's register of assessments, as text, JSON or CSV; with --due-within, only what
// falls due (for a scheduled task). Exit 0 with the rows, unreadable files listed with their reason.
import { InvalidArgumentError, Option } from 'commander';
import { isoDay } from '../../core/checks/index.ts';
import { longDate } from '../../core/checks/context.ts';
import { toCsv } from '../../core/csv/write.ts';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { scanRegister } from '../../core/node/register-scan.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { RegisterEntry } from '../../core/register/entry.ts';
import { reminderText } from '../../core/register/reminder-text.ts';
import { DEFAULT_STALE_AFTER_DAYS, remindersOf, type Reminder } from '../../core/register/reminders.ts';
import { registerTable, sortRegister } from '../../core/register/table.ts';
import { STATUS_LABELS } from '../../core/model/vocabulary.ts';
import { verdictLabel } from '../../core/model/signature-verdict.ts';
import { asOfOption } from '../as-of.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { resolveOutput } from '../output-file.ts';
import { REGISTER_TEXT } from '../register-messages.ts';

export interface RegisterCommandOptions {
  json: boolean;
  csv: boolean;
  dueWithin?: number;
  staleAfter: number;
  asOf?: string;
  lang: Language;
  trustedKeys: string;
}

function jsonReport(entries: RegisterEntry[], reminders: Reminder[], asOf: string, language: Language) {
  return {
    asOf,
    entries: entries.map((e) => ({
      file: e.filePath,
      ...(e.facts ? { ...e.facts, verdictReason: e.facts.verdictReason?.[language] ?? null } : {}),
      problem: e.problem?.[language] ?? null,
    })),
    reminders: reminders.map((r) => ({
      ...r,
      file: entries.find((e) => e.id === r.entryId)?.filePath ?? '',
      text: reminderText(r, language),
    })),
  };
}

function printReminders(
  context: CommandContext,
  entries: RegisterEntry[],
  reminders: Reminder[],
  language: Language,
): void {
  const t = REGISTER_TEXT[language];
  if (reminders.length === 0) {
    context.io.stdout(t.noReminders);
    return;
  }
  context.io.stdout(t.reminders(reminders.length));
  for (const r of reminders) {
    const file = entries.find((e) => e.id === r.entryId)?.filePath ?? '';
    context.io.stdout(`  ${(r.overdue ? t.overdue : t.due).padEnd(10)} ${r.due}  ${r.title}`);
    context.io.stdout(`             ${reminderText(r, language)}`);
    context.io.stdout(`             ${file}`);
  }
}

export async function runRegister(
  context: CommandContext,
  dirs: string[],
  options: RegisterCommandOptions,
): Promise<void> {
  const { io } = context;
  const language = options.lang;
  const t = REGISTER_TEXT[language];
  const asOf = options.asOf ?? isoDay(io.now());
  const { keys } = await readTrustList(resolveOutput(io.cwd, options.trustedKeys));
  const scanned = await scanRegister(
    dirs.map((dir) => resolveOutput(io.cwd, dir)),
    { trustList: keys, asOf, now: io.now() },
  );
  const entries = sortRegister(scanned, { column: 'file', descending: false }, language);
  const reminders = remindersOf(entries, {
    asOf,
    staleAfterDays: options.staleAfter,
    ...(options.dueWithin !== undefined ? { withinDays: options.dueWithin } : {}),
  });
  // --due-within: the list of what falls due, and the files that could not be read (they may hide some).
  const shown =
    options.dueWithin === undefined
      ? entries
      : entries.filter((e) => !e.facts || reminders.some((r) => r.entryId === e.id));
  if (options.json) {
    io.stdout(JSON.stringify(jsonReport(shown, reminders, asOf, language), null, 2));
    return;
  }
  if (options.csv) {
    // The app's CSV (`;`, every cell guarded), without the byte-order mark a terminal or a pipe would show.
    const csv = toCsv(registerTable(shown, language), { separator: ';', bom: false });
    io.stdout(csv.replace(/\r\n$/, ''));
    return;
  }
  const unreadable = entries.filter((e) => !e.facts).length;
  io.stdout(t.found(entries.length - unreadable, unreadable));
  io.stdout(t.asOf(longDate(asOf)[language]));
  if (options.dueWithin === undefined) {
    for (const e of entries) {
      io.stdout('');
      if (!e.facts) {
        io.stdout(`${t.unreadable}  ${e.filePath}`);
        io.stdout(`  ${e.problem?.[language] ?? ''}`);
        continue;
      }
      const f = e.facts;
      io.stdout(`${f.title} — ${f.organisation}`);
      io.stdout(
        `  ${STATUS_LABELS[f.status][language]} · ${verdictLabel(f.verdict, language)} · ${t.errors(f.errorCount)}` +
          `${f.reviewDate ? ` · ${t.reviewNext} ${f.reviewDate}` : ''}` +
          `${f.authorisationExpiry ? ` · ${t.authorisationEnds} ${f.authorisationExpiry}` : ''}`,
      );
      io.stdout(`  ${e.filePath}`);
    }
    io.stdout('');
  } else {
    for (const e of shown.filter((x) => !x.facts)) {
      io.stdout(`${t.unreadable}  ${e.filePath}`);
      io.stdout(`  ${e.problem?.[language] ?? ''}`);
    }
  }
  printReminders(context, entries, reminders, language);
}

const days = (invalid: (value: string) => string) => (value: string) => {
  if (!/^\d{1,4}$/.test(value) || Number(value) > 3650) throw new InvalidArgumentError(invalid(value));
  return Number(value);
};

export const registerRegister: RegisterCommand = ({ context, subcommand, trustedKeysOption }) => {
  const { text, language } = context;
  const t = REGISTER_TEXT[language];
  subcommand('register', t.description)
    .argument('<dir...>', t.dirArgument)
    .option('--json', text.jsonOption, false)
    .addOption(new Option('--csv', t.csvOption).default(false).conflicts('json'))
    .addOption(new Option('--due-within <days>', t.dueWithinOption).argParser(days(t.invalidDays)))
    .addOption(
      new Option('--stale-after <days>', t.staleOption)
        .argParser(days(t.invalidDays))
        .default(DEFAULT_STALE_AFTER_DAYS),
    )
    .addOption(asOfOption(text))
    .addOption(new Option('--lang <lang>', text.langOption).choices(LANGUAGES).default(language))
    .addOption(trustedKeysOption())
    .action((dirs: string[], options: RegisterCommandOptions) => runRegister(context, dirs, options));
};
