// What a command needs from the outside world, injected so that tests run commands in-process.
import type { Command, Option } from 'commander';
import type { Language } from '../core/model/localized.ts';
import type { CliText } from './messages.ts';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  now: () => Date;
  /** Asks for a secret on the terminal without echoing it; absent when there is no terminal (scripts, tests). */
  promptSecret?: (prompt: string) => Promise<string>;
}

export interface CommandContext {
  io: CliIo;
  language: Language;
  text: CliText;
}

/** A failure the user caused by how they called the command: exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, badInput: 1, usage: 2, findings: 3, notRecognised: 4 } as const;

/** Ends a command that has printed its output with another exit code than 0 (e.g. `check --strict`: 3). */
export class CommandExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** What a command module gets to declare itself: a subcommand factory and the shared options. */
export interface CommandBuilder {
  context: CommandContext;
  subcommand: (name: string, description: string) => Command;
  langOption: () => Option;
  templatesDirOption: () => Option;
  /** --trusted-keys <dir>: the trust list, by default DPIA_TRUSTED_KEYS or the app data folder's. */
  trustedKeysOption: () => Option;
}

export type RegisterCommand = (builder: CommandBuilder) => void;
