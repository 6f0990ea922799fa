// The dpia command line: parses arguments, runs one command, maps every failure to an exit code and one line.
import { Command, CommanderError, Option } from 'commander';
import { isDpiaError } from '../core/errors.ts';
import { LANGUAGES } from '../core/model/localized.ts';
import { defaultTrustedKeysDir } from '../core/node/trust-store.ts';
import { defaultUserTemplatesDir } from '../core/node/user-templates.ts';
import { APP_VERSION } from '../core/version.ts';
import { COMMANDS } from './commands/index.ts';
import { CommandExit, EXIT, UsageError, type CliIo, type CommandBuilder, type CommandContext } from './io.ts';
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
      // Usage errors are printed by runCli, on one line, in the user's language.
      outputError: () => undefined,
    });
  const builder: CommandBuilder = {
    context,
    subcommand: (name, description) =>
      program.command(name).description(description).helpOption('-h, --help', text.helpOption),
    langOption: () =>
      new Option('--lang <lang>', text.langOption).choices(LANGUAGES).default(context.language),
    templatesDirOption: () =>
      new Option('--templates-dir <dir>', text.templatesDirOption).default(defaultUserTemplatesDir(io.env)),
    trustedKeysOption: () =>
      new Option('--trusted-keys <dir>', text.trustedKeysOption).default(defaultTrustedKeysDir(io.env)),
  };
  for (const register of COMMANDS) register(builder);
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
    if (error instanceof CommandExit) return error.code;
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
