// The dpia command line: parses arguments, runs one command, maps every failure to an exit code and one line.
import { Command, CommanderError, Option } from 'commander';
import { isDpiaError } from '../core/errors.ts';
import { LANGUAGES, type Language } from '../core/model/localized.ts';
import { defaultUserTemplatesDir } from '../core/node/user-templates.ts';
import { APP_VERSION } from '../core/version.ts';
import { runExample } from './commands/example.ts';
import { runNew } from './commands/new.ts';
import { runTemplates } from './commands/templates.ts';
import { runValidate } from './commands/validate.ts';
import { EXIT, UsageError, type CliIo, type CommandContext } from './io.ts';
import { CLI_TEXT, terminalLanguage } from './messages.ts';

function buildProgram(context: CommandContext): Command {
  const { io, text } = context;
  const program = new Command('dpia')
    .description(text.description)
    .version(APP_VERSION, '-V, --version', text.versionOption)
    .helpOption('-h, --help', text.helpOption)
    .helpCommand('help [command]', text.helpCommand)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout(s.replace(/\n$/, '')),
      writeErr: (s) => io.stderr(s.replace(/\n$/, '')),
      // Usage errors are printed by run(), on one line, in the user's language.
      outputError: () => undefined,
    });
  const langOption = () => new Option('--lang <lang>', text.langOption).choices(LANGUAGES).default(context.language);
  const templatesDirOption = () =>
    new Option('--templates-dir <dir>', text.templatesDirOption).default(defaultUserTemplatesDir(io.env));
  const subcommand = (name: string, description: string) =>
    program.command(name).description(description).helpOption('-h, --help', text.helpOption);

  subcommand('new', text.newDescription)
    .requiredOption('-t, --template <id>', text.templateOption)
    .requiredOption('-o, --output <file>', text.outputOption)
    .option('--title <text>', text.titleOption)
    .addOption(langOption())
    .addOption(templatesDirOption())
    .option('-f, --force', text.forceOption, false)
    .action((options: { template: string; output: string; title?: string; lang: Language; force: boolean; templatesDir: string }) =>
      runNew(context, options),
    );

  subcommand('example', text.exampleDescription)
    .requiredOption('-o, --output <file>', text.outputOption)
    .option('--large', text.largeOption, false)
    .option('-f, --force', text.forceOption, false)
    .action((options: { output: string; large: boolean; force: boolean }) => runExample(context, options));

  subcommand('validate', text.validateDescription)
    .argument('<file>', text.fileArgument)
    .action((file: string) => runValidate(context, file));

  subcommand('templates', text.templatesDescription)
    .addOption(templatesDirOption())
    .action((options: { templatesDir: string }) => runTemplates(context, options.templatesDir));

  return program;
}

/** Runs the command line and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const language = terminalLanguage(io.env);
  const text = CLI_TEXT[language];
  const debug = io.env.DPIA_DEBUG === '1';
  const context: CommandContext = { io, language, text };
  try {
    await buildProgram(context).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok; // --help, --version
      io.stderr(text.usage(error.message.replace(/^error:\s*/, '')));
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr(text.usage(error.message));
      return EXIT.usage;
    }
    if (isDpiaError(error)) {
      io.stderr(error.localized(language));
      if (debug) io.stderr(error.stack ?? '');
      return EXIT.badInput;
    }
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    io.stderr(text.unexpected(detail));
    if (debug && error instanceof Error) io.stderr(error.stack ?? '');
    return EXIT.badInput;
  }
}
